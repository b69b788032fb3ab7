package pl.edugmina.integration.bus;

import eu.europa.esig.dss.xml.utils.DomUtils;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Gives EU DSS's XML utilities ({@code DomUtils}, which take one {@code XPathFactory} when the class loads)
 * the {@link JaxenXPathFactory}, and nobody else: the class is loaded while the thread's context class
 * loader answers the {@code XPathFactory} service look-up with Jaxen. The look-up (the JDK's, or WildFly's
 * redirected factory inside the server) goes through the context class loader, so the rest of the
 * application, Santuario and CXF keep the JDK's engine.
 */
public final class XPathForSignatures {

    static final String SERVICE = "META-INF/services/javax.xml.xpath.XPathFactory";

    private XPathForSignatures() {
    }

    /**
     * Loads DSS's {@code DomUtils} with Jaxen as its XPath engine, unless it was loaded before; returns
     * whether DSS now uses Jaxen.
     */
    public static synchronized boolean install() {
        ClassLoader app = XPathForSignatures.class.getClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(new JaxenOnly(app));
        try {
            Class.forName(DomUtils.class.getName(), true, app);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        return active();
    }

    /** Whether DSS evaluates its XPath expressions with Jaxen. */
    public static boolean active() {
        return DomUtils.createXPathExpression("/").getClass().getEnclosingClass() == JaxenXPathFactory.class;
    }

    /** Delegates everything to the application's class loader, except the XPathFactory service file. */
    private static final class JaxenOnly extends ClassLoader {
        private final URL service;

        JaxenOnly(ClassLoader parent) {
            super(parent);
            service = parent.getResource("pl/edugmina/integration/bus/xpath-factory.service");
            if (service == null) {
                throw new IllegalStateException("xpath-factory.service is missing from the integration module");
            }
        }

        @Override
        public URL getResource(String name) {
            return SERVICE.equals(name) ? service : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return SERVICE.equals(name) ? Collections.enumeration(java.util.List.of(service)) : super.getResources(name);
        }
    }
}
