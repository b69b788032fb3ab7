package pl.edugmina.integration.pz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import pl.edugmina.integration.epuap.EpuapSettings;
import pl.edugmina.platform.Settings;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import java.util.Arrays;
import java.util.List;

/**
 * Where Profil Zaufany is, per environment ({@code EDUGMINA_EPUAP_ENV}: the simulator next to the
 * application, the integration environment {@code int.pz.gov.pl} or production {@code pz.gov.pl}),
 * each URL overridable; which certificates Profil Zaufany signs with (only a signature made with one
 * of them may say who the signer is); and the public address of this application, for the
 * provider's return links.
 */
@ApplicationScoped
public class PzSettings {

    /** The simulator's signing certificate (simulator/src/main/pki/make-test-pki.sh). */
    public static final String SIMULATOR_SIGNER = "CN=Profil Zaufany (symulator), O=Ministerstwo Cyfryzacji (symulator), C=PL";

    @Inject
    private EpuapSettings epuap;

    public String signingUrl() {
        String def = switch (epuap.environment()) {
            case "int" -> "https://int.pz.gov.pl/ep-services/tpSigning5";
            case "prod" -> "https://pz.gov.pl/ep-services/tpSigning5";
            default -> epuap.base() + "/tpSigning5";
        };
        return Settings.value("edugmina.pz.signing-url", "EDUGMINA_PZ_SIGNING_URL", def);
    }

    public String userInfoUrl() {
        String def = switch (epuap.environment()) {
            case "int" -> "https://int.pz.gov.pl/pz-services/tpUserInfo";
            case "prod" -> "https://pz.gov.pl/pz-services/tpUserInfo";
            default -> epuap.base() + "/tpUserInfo";
        };
        return Settings.value("edugmina.pz.userinfo-url", "EDUGMINA_PZ_USERINFO_URL", def);
    }

    /**
     * Subjects of the certificates Profil Zaufany signs with ({@code EDUGMINA_PZ_SIGNER_SUBJECTS}, separated
     * by {@code ;}); in the simulator environment its own certificate. A person described inside a signature
     * made with any other certificate is not believed.
     */
    public List<LdapName> signerSubjects() {
        String def = "simulator".equals(epuap.environment()) ? SIMULATOR_SIGNER : "";
        String value = Settings.value("edugmina.pz.signer-subjects", "EDUGMINA_PZ_SIGNER_SUBJECTS", def);
        return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).map(PzSettings::dn).toList();
    }

    public boolean isTrustedProfileSigner(String subjectDn) {
        return matches(signerSubjects(), subjectDn);
    }

    /** Whether {@code subjectDn} is one of {@code subjects}, whatever the order or spacing of its attributes. */
    static boolean matches(List<LdapName> subjects, String subjectDn) {
        if (subjectDn == null || subjectDn.isBlank()) {
            return false;
        }
        try {
            var rdns = new java.util.HashSet<>(new LdapName(subjectDn).getRdns());
            return subjects.stream().anyMatch(s -> new java.util.HashSet<>(s.getRdns()).equals(rdns));
        } catch (InvalidNameException e) {
            return false;
        }
    }

    static LdapName parseDn(String s) {
        return dn(s);
    }

    /** This application's address as citizens' browsers reach it ({@code EDUGMINA_PUBLIC_URL}); null: from the request. */
    public String publicUrl() {
        String v = Settings.value("edugmina.public-url", "EDUGMINA_PUBLIC_URL", "");
        return v.isBlank() ? null : v.replaceAll("/+$", "");
    }

    public int connectTimeoutMs() {
        return epuap.connectTimeoutMs();
    }

    public int receiveTimeoutMs() {
        return epuap.receiveTimeoutMs();
    }

    private static LdapName dn(String s) {
        try {
            return new LdapName(s);
        } catch (InvalidNameException e) {
            throw new IllegalStateException("EDUGMINA_PZ_SIGNER_SUBJECTS: not a distinguished name: " + s, e);
        }
    }
}
