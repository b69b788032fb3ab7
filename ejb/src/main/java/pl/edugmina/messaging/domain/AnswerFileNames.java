package pl.edugmina.messaging.domain;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names of the files in the ZIP of a message's answers: {@code <RSPO>_<unit short name>_<topic>.<ext>}
 * (a second file of the same unit gets {@code _2}, …), readable on any system: letters without
 * diacritics, digits and hyphens only, the parts shortened.
 */
public final class AnswerFileNames {

    private final Set<String> used = new HashSet<>();

    /** A plain-ASCII slug of {@code text}: "Szkoła Podstawowa nr 5" → "Szkola-Podstawowa-nr-5". */
    public static String slug(String text, int max) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.length() > max ? s.substring(0, max).replaceAll("-+$", "") : s;
    }

    /** The next unused name for a file of unit {@code rspo}/{@code shortName} with extension from {@code originalName}. */
    public String next(Integer rspo, String shortName, String topic, String originalName) {
        String ext = "";
        int dot = originalName == null ? -1 : originalName.lastIndexOf('.');
        if (dot >= 0 && dot < originalName.length() - 1) {
            ext = "." + slug(originalName.substring(dot + 1), 10).toLowerCase(Locale.ROOT);
        }
        String base = (rspo == null ? "bez-RSPO" : rspo.toString()) + "_" + slug(shortName, 40) + "_" + slug(topic, 40);
        String name = base + ext;
        for (int i = 2; !used.add(name.toLowerCase(Locale.ROOT)); i++) {
            name = base + "_" + i + ext;
        }
        return name;
    }
}
