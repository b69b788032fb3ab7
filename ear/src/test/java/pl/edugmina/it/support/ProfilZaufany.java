package pl.edugmina.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.net.URI;

/**
 * The Profil Zaufany simulator (/epuap-sim): what a citizen does at the provider's signing page,
 * done through the simulator's control API, and the browser's way back to the application.
 */
public final class ProfilZaufany {

    private ProfilZaufany() {
    }

    /** The simulator's id of a signing, the last segment of the address the application sent the browser to. */
    public static String signingId(String signingUrl) {
        String path = URI.create(signingUrl).getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Signs as {@code given surname} ({@code format}: EPSignature or PodpisZP); returns the simulator's answer with successUrl. */
    public static JsonObject sign(String signingUrl, String given, String surname, String pesel, String format) {
        return Api.anonymous().post("/epuap-sim/api/pz/signings/" + signingId(signingUrl) + "/sign", Json.createObjectBuilder()
                .add("givenName", given).add("surname", surname).add("pesel", pesel).add("format", format).build()).expect(200).obj();
    }

    public static JsonObject cancel(String signingUrl) {
        return Api.anonymous().post("/epuap-sim/api/pz/signings/" + signingId(signingUrl) + "/cancel",
                Json.createObjectBuilder().build()).expect(200).obj();
    }

    /** The return address's query ({@code t=…&r=…}), as the application's API takes it. */
    public static String query(String returnUrl) {
        return URI.create(returnUrl).getRawQuery();
    }
}
