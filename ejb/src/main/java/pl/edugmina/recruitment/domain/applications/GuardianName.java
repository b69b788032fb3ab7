package pl.edugmina.recruitment.domain.applications;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether the person who signed an application is a guardian it names. Guardians are named without PESEL (the law does
 * not allow it), so only names can be compared: every part of the guardian's name as the parent wrote it (at least a
 * first name and a surname, in any order) must be a part of the signer's name, ignoring case and spacing; the signer
 * may have more given names ("Anna Maria Kowalska" signs for "Anna Kowalska"). Diacritics count ("Łucja" is not
 * "Lucja"): the signature names the person exactly.
 */
public final class GuardianName {

    private GuardianName() {
    }

    public static boolean signedBy(String guardianName, String signerName) {
        Set<String> guardian = parts(guardianName);
        Set<String> signer = parts(signerName);
        return guardian.size() >= 2 && signer.containsAll(guardian);
    }

    private static Set<String> parts(String name) {
        if (name == null) {
            return Set.of();
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFC).strip().toLowerCase(new Locale("pl", "PL"));
        return Arrays.stream(n.split("[\\s,]+")).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
