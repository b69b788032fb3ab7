package pl.edugmina.recruitment.infrastructure;

import pl.edugmina.recruitment.domain.allocation.AllocationResult;
import pl.edugmina.recruitment.domain.allocation.Explanation;
import pl.edugmina.recruitment.domain.allocation.PriorityKey;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Writes what a run decided, on the caller's connection and transaction: one row per candidate
 * ({@code recruitment_allocation_result}: the class or none, the preference placed at) and one per class
 * ({@code recruitment_allocation_class}: seats, seats added, applicants, admitted, the cut-off key), by
 * {@link BulkInsert} (COPY, or batched inserts). The caller commits both tables together with the run's status.
 */
public final class ResultWriter {

    static final List<String> RESULT_COLUMNS = List.of("run_id", "candidate_id", "class_id", "preference");
    static final List<String> CLASS_COLUMNS = List.of("run_id", "class_id", "seats", "seats_added", "applicants", "admitted",
            "cut_tier", "cut_points", "cut_second_tier", "cut_draw", "cut_candidate_id");

    private ResultWriter() {
    }

    /** Rows written, and how ("COPY" or "BATCH"). */
    public record Written(long results, long classes, String kind) {
    }

    /**
     * @param written called now and then with the number of candidate rows written so far
     */
    public static Written write(Connection c, long runId, CampaignReader.Loaded loaded, AllocationResult result, BulkInsert.Mode mode,
                                LongConsumer written) throws SQLException {
        long results;
        String kind;
        try (BulkInsert rows = BulkInsert.open(c, "recruitment_allocation_result", RESULT_COLUMNS, mode)) {
            kind = rows.kind();
            long[] ids = loaded.candidateIds();
            for (int i = 0; i < ids.length; i++) {
                long id = ids[i];
                Optional<String> placed = result.placement(id);
                rows.number(runId).number(id);
                if (placed.isPresent()) {
                    rows.number(Long.parseLong(placed.get())).number(result.placedPreference(id));
                } else {
                    rows.nul().number(0);
                }
                rows.endRow();
                if ((i + 1) % 10_000 == 0) {
                    written.accept(i + 1);
                }
            }
            results = rows.finish();
        }
        written.accept(results);
        long classes;
        try (BulkInsert rows = BulkInsert.open(c, "recruitment_allocation_class", CLASS_COLUMNS, mode)) {
            for (Explanation.ClassSummary s : result.explain().classes()) {
                rows.number(runId).number(Long.parseLong(s.classId())).number(s.capacity() - s.seatsAdded()).number(s.seatsAdded())
                        .number(s.applicants()).number(s.admitted());
                if (s.cutOff().isPresent()) {
                    PriorityKey k = s.cutOff().get();
                    rows.number(k.tier()).number(k.points()).number(k.secondTier()).text(k.drawHex()).number(k.candidateId());
                } else {
                    rows.nul().nul().nul().nul().nul();
                }
                rows.endRow();
            }
            classes = rows.finish();
        }
        return new Written(results, classes, kind);
    }
}
