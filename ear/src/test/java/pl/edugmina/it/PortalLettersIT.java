package pl.edugmina.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.DeployedApplication;
import pl.edugmina.it.support.Epuap;
import pl.edugmina.it.support.ProfilZaufany;
import pl.edugmina.it.support.Users;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen writes to the city on the portal and signs with Profil Zaufany (the simulator, through
 * TpSigning5): the signed letter is checked, registered like any e-form with the person Profil
 * Zaufany names as signer, and followed by its author, who alone sees it among their letters.
 */
class PortalLettersIT extends DeployedApplication {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static String unique(String prefix) {
        return prefix + " " + Long.toString(System.nanoTime(), 36);
    }

    private static JsonObjectBuilder letter(String subject) {
        return Json.createObjectBuilder().add("givenName", "Anna").add("surname", "Nowak").add("address", "ul. Lipowa 5, 20-001 Lublin")
                .add("subject", subject).add("body", "Proszę o informację o terminach rekrutacji.\n\nZ poważaniem\nAnna Nowak");
    }

    private static Api citizen() {
        return Users.createReady("obywatel", "CITIZEN", "Obywatel2026!pz");
    }

    @Test
    void aLetterSignedWithEpSignatureIsRegisteredWithTheTrustedProfileSigner() {
        Api anna = citizen();
        String subject = unique("Pytanie o rekrutację");
        JsonObject started = anna.post("/api/portal/letters", letter(subject).build()).expect(201).obj();
        String signingUrl = started.getString("signingUrl");
        assertThat(signingUrl).contains("/epuap-sim/pz/podpis/");
        long id = started.getJsonNumber("id").longValue();
        assertThat(anna.get("/api/portal/letters/" + id).expect(200).obj().getString("status")).isEqualTo("SIGNING");

        JsonObject signed = ProfilZaufany.sign(signingUrl, "Anna", "Nowak", "85021512343", "EPSignature");
        String back = signed.getString("successUrl");
        assertThat(back).contains("/portal/signed.xhtml?t=").endsWith("&r=ok");
        JsonObject outcome = anna.post("/api/portal/letters/returned?" + ProfilZaufany.query(back), Json.createObjectBuilder().build())
                .expect(200).obj();
        assertThat(outcome.getString("status")).isEqualTo("SIGNED");
        // coming back twice (reload) changes nothing
        assertThat(anna.post("/api/portal/letters/returned?" + ProfilZaufany.query(back), Json.createObjectBuilder().build())
                .expect(200).obj().getString("status")).isEqualTo("SIGNED");

        JsonObject mine = Epuap.await("letter registered", WAIT, () -> anna.get("/api/portal/letters/" + id).expect(200).obj(),
                l -> l.containsKey("registerNumber"));
        assertThat(mine.getString("signer")).isEqualTo("Anna Nowak (Profil Zaufany)");
        assertThat(mine.getString("registerNumber")).matches("\\d+/20\\d\\d");

        JsonObject row = Epuap.awaitRegister(Api.as("referent"), subject, WAIT, r -> r.size() == 1).get(0);
        assertThat(row.getString("number")).isEqualTo(mine.getString("registerNumber"));
        assertThat(row.getString("signatureVerdict")).isEqualTo("VALID");
        JsonObject detail = Api.as("referent").get("/api/correspondence/" + row.getJsonNumber("id")).expect(200).obj();
        assertThat(detail.getString("signer")).isEqualTo("Anna Nowak (Profil Zaufany)");
        assertThat(detail.getJsonObject("row").getString("senderName")).isEqualTo("Anna Nowak");
        assertThat(detail.getString("channel")).isEqualTo("PORTAL");
        assertThat(detail.getString("bodyText")).contains("terminach rekrutacji.\n\nZ poważaniem");
        String original = new String(Api.as("referent").get("/api/correspondence/" + row.getJsonNumber("id") + "/original").expect(200).bytes(),
                StandardCharsets.UTF_8);
        assertThat(original).contains(subject).contains("SignatureValue").contains("EPSignature");

        String own = new String(anna.get("/api/portal/letters/" + id + "/document").expect(200).bytes(), StandardCharsets.UTF_8);
        assertThat(own).isEqualTo(original);
    }

    @Test
    void theOlderPodpisZpReplyIsAcceptedToo() {
        Api anna = citizen();
        String subject = unique("Wniosek o opinię");
        JsonObject started = anna.post("/api/portal/letters", letter(subject).build()).expect(201).obj();
        String back = ProfilZaufany.sign(started.getString("signingUrl"), "Anna", "Nowak", "85021512343", "PodpisZP").getString("successUrl");
        assertThat(anna.post("/api/portal/letters/returned?" + ProfilZaufany.query(back), Json.createObjectBuilder().build())
                .expect(200).obj().getString("status")).isEqualTo("SIGNED");
        JsonObject row = Epuap.awaitRegister(Api.as("referent"), subject, WAIT, r -> r.size() == 1).get(0);
        assertThat(Api.as("referent").get("/api/correspondence/" + row.getJsonNumber("id")).expect(200).obj().getString("signer"))
                .isEqualTo("Anna Nowak (Profil Zaufany)");
    }

    @Test
    void aCancelledSigningSendsNothing() {
        Api anna = citizen();
        String subject = unique("Rezygnuję");
        JsonObject started = anna.post("/api/portal/letters", letter(subject).build()).expect(201).obj();
        String back = ProfilZaufany.cancel(started.getString("signingUrl")).getString("failureUrl");
        assertThat(back).endsWith("&r=cancel");
        assertThat(anna.post("/api/portal/letters/returned?" + ProfilZaufany.query(back), Json.createObjectBuilder().build())
                .expect(200).obj().getString("status")).isEqualTo("CANCELLED");
        assertThat(anna.get("/api/portal/letters/" + started.getJsonNumber("id")).expect(200).obj().getString("status")).isEqualTo("CANCELLED");
        assertThat(Api.as("referent").get("/api/correspondence?" + Api.query("q", subject)).expect(200).rows()).isEmpty();
    }

    @Test
    void lettersAreTheirAuthorsOnlyAndBadInputIsExplained() {
        Api anna = citizen();
        Api other = citizen();
        JsonObject started = anna.post("/api/portal/letters", letter(unique("Prywatne")).build()).expect(201).obj();
        long id = started.getJsonNumber("id").longValue();
        other.get("/api/portal/letters/" + id).expect(404);
        other.get("/api/portal/letters/" + id + "/document").expect(404);
        anna.get("/api/portal/letters/999999999").expect(404);
        anna.post("/api/portal/letters/returned?t=", Json.createObjectBuilder().build()).expect(404);
        assertThat(other.get("/api/portal/letters").expect(200).array()).isEmpty();
        // the way back from the provider works only for the letter's author
        String back = ProfilZaufany.sign(started.getString("signingUrl"), "Anna", "Nowak", "85021512343", "EPSignature").getString("successUrl");
        other.post("/api/portal/letters/returned?" + ProfilZaufany.query(back), Json.createObjectBuilder().build()).expect(404);
        // officials do not write portal letters
        Api.as("referent").get("/api/portal/letters").expect(403);

        JsonObject refused = anna.post("/api/portal/letters", Json.createObjectBuilder().add("givenName", "Anna").add("surname", "")
                .add("subject", "x".repeat(501)).add("body", "").add("unitId", 999_999_999L).build()).expect(422).obj();
        assertThat(refused.toString()).contains("surname").contains("subject").contains("body").contains("unit");
    }

    @Test
    void theAdministratorChecksTpUserInfoWithoutSeeingThePesel() {
        String tgsid = Api.anonymous().post("/epuap-sim/api/pz/sessions", Json.createObjectBuilder().add("givenName", "Jan")
                .add("surname", "Testowy").add("pesel", "80010112357").add("email", "jan.testowy@example.org").build())
                .expect(200).obj().getString("tgsid");
        JsonObject who = Api.as("admin").post("/api/admin/diagnostics/pz-user-info", Json.createObjectBuilder().add("tgsid", tgsid).build())
                .expect(200).obj();
        assertThat(who.getBoolean("found")).isTrue();
        assertThat(who.getString("name")).isEqualTo("Jan Testowy");
        assertThat(who.getString("format")).isEqualTo("PODPIS_ZP");
        assertThat(who.getBoolean("hasPesel")).isTrue();
        assertThat(who.getString("email")).isEqualTo("jan.testowy@example.org");
        assertThat(who.toString()).doesNotContain("80010112357");
        assertThat(who.getString("url")).endsWith("/epuap-sim/tpUserInfo");

        JsonObject unknown = Api.as("admin").post("/api/admin/diagnostics/pz-user-info", Json.createObjectBuilder().add("tgsid", "nieznana-sesja").build())
                .expect(502).obj();
        assertThat(unknown.getString("message")).startsWith("Profil Zaufany odmówił");
        Api.as("referent").post("/api/admin/diagnostics/pz-user-info", Json.createObjectBuilder().add("tgsid", tgsid).build()).expect(403);
    }
}
