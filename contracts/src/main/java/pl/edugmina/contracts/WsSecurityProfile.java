package pl.edugmina.contracts;

import org.apache.wss4j.common.ConfigurationConstants;

import javax.security.auth.callback.CallbackHandler;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The one WS-Security profile ePUAP requires (the integrator's sign-policy.wsdl): an X.509
 * BinarySecurityToken, a Timestamp, and an RSA-SHA256 signature over the Body and the Timestamp
 * with exclusive canonicalisation. As WSS4J action settings, so that both sides (the service bus's
 * clients and the simulator's endpoints) apply the same profile without the policy engine.
 */
public final class WsSecurityProfile {

    public static final String SIGNED_PARTS =
            "{Element}{http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd}Timestamp;"
            + "{Element}{http://schemas.xmlsoap.org/soap/envelope/}Body";
    private static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    private static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";
    private static final String EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";

    private WsSecurityProfile() {
    }

    /** Out-interceptor settings: sign every request with {@code alias} from the Merlin {@code crypto}. */
    public static Map<String, Object> signing(Properties crypto, String alias, CallbackHandler keyPassword) {
        Map<String, Object> p = new HashMap<>();
        p.put(ConfigurationConstants.ACTION, ConfigurationConstants.TIMESTAMP + " " + ConfigurationConstants.SIGNATURE);
        p.put(ConfigurationConstants.USER, alias);
        p.put(ConfigurationConstants.SIG_PROP_REF_ID, "edugmina.signingCrypto");
        p.put("edugmina.signingCrypto", crypto);
        p.put(ConfigurationConstants.PW_CALLBACK_REF, keyPassword);
        p.put(ConfigurationConstants.SIG_KEY_ID, "DirectReference");
        p.put(ConfigurationConstants.SIGNATURE_PARTS, SIGNED_PARTS);
        p.put(ConfigurationConstants.SIG_ALGO, RSA_SHA256);
        p.put(ConfigurationConstants.SIG_DIGEST_ALGO, SHA256);
        p.put(ConfigurationConstants.SIG_C14N_ALGO, EXC_C14N);
        p.put(ConfigurationConstants.MUST_UNDERSTAND, "true");
        return p;
    }

    /** In-interceptor settings: a signature by a certificate in the Merlin truststore {@code crypto}, fresh timestamp. */
    public static Map<String, Object> verification(Properties crypto) {
        Map<String, Object> p = new HashMap<>();
        p.put(ConfigurationConstants.ACTION, ConfigurationConstants.TIMESTAMP + " " + ConfigurationConstants.SIGNATURE);
        p.put(ConfigurationConstants.SIG_VER_PROP_REF_ID, "edugmina.verificationCrypto");
        p.put("edugmina.verificationCrypto", crypto);
        p.put(ConfigurationConstants.SIG_ALGO, RSA_SHA256);
        p.put(ConfigurationConstants.SIG_DIGEST_ALGO, SHA256);
        p.put(ConfigurationConstants.TTL_TIMESTAMP, "300");
        p.put(ConfigurationConstants.ENABLE_REVOCATION, "false");
        p.put(ConfigurationConstants.IS_BSP_COMPLIANT, "true");
        return p;
    }

    /** Merlin properties for a PKCS#12 keystore holding the signing key. */
    public static Properties keystore(String file, String password, String alias) {
        Properties p = new Properties();
        p.put("org.apache.wss4j.crypto.provider", "org.apache.wss4j.common.crypto.Merlin");
        p.put("org.apache.wss4j.crypto.merlin.keystore.type", "PKCS12");
        p.put("org.apache.wss4j.crypto.merlin.keystore.file", file);
        p.put("org.apache.wss4j.crypto.merlin.keystore.password", password);
        p.put("org.apache.wss4j.crypto.merlin.keystore.alias", alias);
        return p;
    }

    /** Merlin properties for a PKCS#12 truststore: only its certificates are trusted (no JDK cacerts). */
    public static Properties truststore(String file, String password) {
        Properties p = new Properties();
        p.put("org.apache.wss4j.crypto.provider", "org.apache.wss4j.common.crypto.Merlin");
        p.put("org.apache.wss4j.crypto.merlin.truststore.type", "PKCS12");
        p.put("org.apache.wss4j.crypto.merlin.truststore.file", file);
        p.put("org.apache.wss4j.crypto.merlin.truststore.password", password);
        p.put("org.apache.wss4j.crypto.merlin.load.cacerts", "false");
        return p;
    }
}
