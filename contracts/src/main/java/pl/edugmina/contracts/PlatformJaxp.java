package pl.edugmina.contracts;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Runs a piece of work whose libraries call {@code DocumentBuilderFactory.newInstance()},
 * {@code XPathFactory.newInstance()} and the like for every document (EU DSS for each signature it
 * validates, Santuario for each XPath filter transform, CXF's WS-Security coverage check for each request),
 * so that the JDK's own implementation is found at once. Each such call otherwise asks the thread's context
 * class loader for the provider files of the factory; inside WildFly that scans every jar of the deployment
 * and finds none, then falls back to the same JDK class: 7 % of the ePUAP intake's CPU (docs/benchmarks.md,
 * section 3). During the work the context class loader answers those provider files with nothing and
 * delegates everything else to the loader it wraps. StAX ({@code javax.xml.stream}) is not touched: there a
 * deployment's provider (Woodstox) is meant to be found.
 */
public final class PlatformJaxp {

    /** The JAXP factories whose provider files are hidden: parsers, XPath, transformers, schemas, datatypes. */
    static final List<String> HIDDEN = List.of(
            "META-INF/services/javax.xml.parsers.",
            "META-INF/services/javax.xml.xpath.",
            "META-INF/services/javax.xml.transform.",
            "META-INF/services/javax.xml.validation.",
            "META-INF/services/javax.xml.datatype.");

    private PlatformJaxp() {
    }

    /** Work that may throw {@code E}. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /** Runs {@code work} with the JAXP provider files hidden from the current context class loader. */
    public static <T, E extends Exception> T call(Work<T, E> work) throws E {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        ClassLoader base = previous != null ? previous : PlatformJaxp.class.getClassLoader();
        thread.setContextClassLoader(new WithoutJaxpProviders(base));
        try {
            return work.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** {@link #call} for work without a result. */
    public static <E extends Exception> void run(Runnable<E> work) throws E {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Work without a result that may throw {@code E}. */
    @FunctionalInterface
    public interface Runnable<E extends Exception> {
        void run() throws E;
    }

    static boolean hidden(String resource) {
        for (String prefix : HIDDEN) {
            if (resource.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Delegates everything to {@code parent}, except that the JAXP provider files do not exist. */
    private static final class WithoutJaxpProviders extends ClassLoader {

        WithoutJaxpProviders(ClassLoader parent) {
            super(parent);
        }

        @Override
        public URL getResource(String name) {
            return hidden(name) ? null : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return hidden(name) ? Collections.emptyEnumeration() : super.getResources(name);
        }
    }
}
