package pl.edugmina.integration.bus;

import jakarta.enterprise.context.ApplicationScoped;

import pl.edugmina.contracts.WsSecurityProfile;
import pl.edugmina.platform.Settings;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the service bus's WS-Security keys are: the system's signing key (keystore) and the
 * certificates it trusts (truststore). From configuration per environment
 * ({@code EDUGMINA_WSS_*}); the defaults are the self-signed development keys in the server's
 * configuration directory.
 */
@ApplicationScoped
public class WsSecuritySettings {

    public String keystore() {
        return Settings.value("edugmina.wss.keystore", "EDUGMINA_WSS_KEYSTORE", configDir().resolve("edugmina-wss.p12").toString());
    }

    public String keystorePassword() {
        return Settings.value("edugmina.wss.keystore-password", "EDUGMINA_WSS_KEYSTORE_PASSWORD", "changeit");
    }

    public String keyAlias() {
        return Settings.value("edugmina.wss.key-alias", "EDUGMINA_WSS_KEY_ALIAS", "edugmina");
    }

    public String keyPassword() {
        return Settings.value("edugmina.wss.key-password", "EDUGMINA_WSS_KEY_PASSWORD", keystorePassword());
    }

    public String truststore() {
        return Settings.value("edugmina.wss.truststore", "EDUGMINA_WSS_TRUSTSTORE", configDir().resolve("edugmina-wss-trust.p12").toString());
    }

    public String truststorePassword() {
        return Settings.value("edugmina.wss.truststore-password", "EDUGMINA_WSS_TRUSTSTORE_PASSWORD", "changeit");
    }

    /** WSS4J Merlin properties for signing with the system's key. */
    public Properties signingCrypto() {
        return WsSecurityProfile.keystore(existing(keystore()), keystorePassword(), keyAlias());
    }

    /** WSS4J Merlin properties for verifying signatures against the trusted certificates only. */
    public Properties verificationCrypto() {
        return WsSecurityProfile.truststore(existing(truststore()), truststorePassword());
    }

    /** Answers WSS4J's request for the private key's password. */
    public CallbackHandler keyPasswordCallback() {
        String password = keyPassword();
        return callbacks -> {
            for (Callback c : callbacks) {
                if (c instanceof org.apache.wss4j.common.ext.WSPasswordCallback pc) {
                    pc.setPassword(password);
                }
            }
        };
    }

    private static String existing(String file) {
        if (!Files.isReadable(Path.of(file))) {
            throw new IllegalStateException("WS-Security key file not readable: " + file);
        }
        return file;
    }

    private static Path configDir() {
        return Path.of(System.getProperty("jboss.server.config.dir", "."));
    }
}
