package pl.edugmina.web.support;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts from the resource bundles ({@code messages_pl} first, English second). */
public final class Messages {

    public static final Locale POLISH = Locale.forLanguageTag("pl");
    private static final String BUNDLE = "pl.edugmina.web.messages";

    private Messages() {
    }

    public static String get(Locale locale, String key, List<Object> args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale == null ? POLISH : locale).getString(key);
            return args == null || args.isEmpty() ? pattern : new MessageFormat(pattern, locale).format(args.toArray());
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static String get(Locale locale, String key, Object... args) {
        return get(locale, key, List.of(args));
    }
}
