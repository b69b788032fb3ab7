package pl.edugmina.contracts;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.FactoryConfigurationError;
import javax.xml.xpath.XPathFactory;
import javax.xml.xpath.XPathFactoryConfigurationException;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlatformJaxpTest {

    private ClassLoader original;
    private ClassLoader withProviders;

    /** A context class loader like a deployment's that names providers of its own (here: classes that do not exist). */
    @BeforeEach
    void deploymentWithProviderFiles(@TempDir Path dir) throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve("javax.xml.parsers.DocumentBuilderFactory"), "org.example.MissingDocumentBuilderFactory\n");
        Files.writeString(services.resolve("javax.xml.xpath.XPathFactory"), "org.example.MissingXPathFactory\n");
        Files.writeString(services.resolve("javax.xml.stream.XMLInputFactory"), "org.example.MissingXMLInputFactory\n");
        original = Thread.currentThread().getContextClassLoader();
        withProviders = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
        Thread.currentThread().setContextClassLoader(withProviders);
    }

    @AfterEach
    void restore() {
        Thread.currentThread().setContextClassLoader(original);
    }

    @Test
    void withoutTheWrapperTheLookUpReadsTheDeploymentsProviderFiles() {
        assertThatThrownBy(DocumentBuilderFactory::newInstance).isInstanceOf(FactoryConfigurationError.class)
                .hasStackTraceContaining("MissingDocumentBuilderFactory");
        assertThatThrownBy(() -> XPathFactory.newInstance().newXPath()).hasStackTraceContaining("MissingXPathFactory");
    }

    @Test
    void insideTheJdksOwnFactoriesAreFoundAndTheContextClassLoaderIsRestored() throws Exception {
        String parser = PlatformJaxp.call(() -> DocumentBuilderFactory.newInstance().getClass().getName());
        String xpath = PlatformJaxp.call(() -> XPathFactory.newInstance().getClass().getName());
        assertThat(parser).isEqualTo(DocumentBuilderFactory.newDefaultInstance().getClass().getName());
        assertThat(xpath).isEqualTo(XPathFactory.newDefaultInstance().getClass().getName());
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(withProviders);
    }

    @Test
    void onlyTheJaxpFactoriesAreHiddenAndClassesStillLoad() throws Exception {
        ClassLoader inside = PlatformJaxp.call(() -> Thread.currentThread().getContextClassLoader());
        assertThat(inside.getResource("META-INF/services/javax.xml.parsers.DocumentBuilderFactory")).isNull();
        assertThat(inside.getResources("META-INF/services/javax.xml.xpath.XPathFactory").hasMoreElements()).isFalse();
        assertThat(inside.getResource("META-INF/services/javax.xml.stream.XMLInputFactory")).isNotNull();
        assertThat(withProviders.getResource("META-INF/services/javax.xml.parsers.DocumentBuilderFactory")).isNotNull();
        assertThat(inside.loadClass(PlatformJaxpTest.class.getName())).isSameAs(PlatformJaxpTest.class);
    }

    @Test
    void theContextClassLoaderIsRestoredWhenTheWorkFails() {
        assertThatThrownBy(() -> PlatformJaxp.run(() -> {
            throw new XPathFactoryConfigurationException("boom");
        })).hasMessage("boom");
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(withProviders);
    }
}
