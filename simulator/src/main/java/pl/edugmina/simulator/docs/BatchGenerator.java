package pl.edugmina.simulator.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Generates many documents at once, signing on {@code parallelism} threads (signing is CPU-bound:
 * one thread per core). The key and the XAdES service are shared, only the documents differ.
 */
public final class BatchGenerator {

    private final TestDocuments documents;
    private final ExecutorService executor;
    private final int parallelism;

    public BatchGenerator(TestDocuments documents, ExecutorService executor, int parallelism) {
        this.documents = documents;
        this.executor = executor;
        this.parallelism = Math.max(1, parallelism);
    }

    /** The documents in the order of {@code specs}. */
    public List<TestDocuments.Generated> generate(List<LetterSpec> specs, DocumentKind kind) {
        int n = specs.size();
        if (n == 0) {
            return List.of();
        }
        int chunks = Math.min(parallelism, n);
        if (chunks == 1) {
            return specs.stream().map(s -> documents.generate(s, kind)).toList();
        }
        List<Future<List<TestDocuments.Generated>>> futures = new ArrayList<>(chunks);
        for (int c = 0; c < chunks; c++) {
            List<LetterSpec> part = specs.subList(c * n / chunks, (c + 1) * n / chunks);
            futures.add(executor.submit(() -> part.stream().map(s -> documents.generate(s, kind)).toList()));
        }
        List<TestDocuments.Generated> out = new ArrayList<>(n);
        try {
            for (Future<List<TestDocuments.Generated>> f : futures) {
                out.addAll(f.get());
            }
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Przerwano generowanie dokumentów", e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
        return out;
    }
}
