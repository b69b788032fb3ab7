package pl.edugmina.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the black-box tests: the built EAR deployed as is to the configured WildFly (Arquillian
 * managed container), and every test starts only when readiness reports UP.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedApplication {

    @Deployment(testable = false, name = "edugmina")
    public static EnterpriseArchive ear() {
        return Server.ear();
    }

    @BeforeEach
    void awaitReadiness() {
        Server.awaitReady();
    }
}
