package pl.edugmina.simulator.store;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ePUAP inbox addresses: {@code /PODMIOT/nazwa} (e.g. {@code /UMLUBLIN/oswiata}: owner UMLUBLIN, inbox oswiata). */
public final class Addresses {

    private static final Pattern ADDRESS = Pattern.compile("/([^/\\s]{1,100})/([^/\\s]{1,100})");

    private Addresses() {
    }

    public record Address(String podmiot, String nazwa) {
        public String adres() {
            return "/" + podmiot + "/" + nazwa;
        }
    }

    public static Optional<Address> parse(String adres) {
        if (adres == null) {
            return Optional.empty();
        }
        Matcher m = ADDRESS.matcher(adres.trim());
        return m.matches() ? Optional.of(new Address(m.group(1), m.group(2))) : Optional.empty();
    }
}
