package pl.edugmina.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.DeployedApplication;
import pl.edugmina.it.support.Epuap;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answering through ePUAP: the answer is queued with its register entry, sent by the outbox relay
 * with WS-Skrytka (UPP in the answer) or WS-Doręczyciel (UPD when the addressee picks it up, fetched
 * from the inbox and filed with the letter), as a sealed wnio:Dokument with a PDF.
 */
class EpuapOutboundIT extends DeployedApplication {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static long registeredLetter(String title) {
        Epuap.drop(Epuap.CITY_INBOX, "valid", title, 1);
        return Epuap.awaitRegister(Api.as("referent"), title, WAIT, r -> r.size() == 1).get(0).getJsonNumber("id").longValue();
    }

    private static JsonObject awaitLetter(long id, String status) {
        return Epuap.await("letter " + id + " in status " + status, WAIT,
                () -> Api.as("referent").get("/api/correspondence/" + id + "/letter").expect(200).obj(),
                letter -> status.equals(letter.getString("status")));
    }

    private static List<JsonObject> sent(String channel) {
        return Api.anonymous().get("/epuap-sim/api/sent?" + Api.query("channel", channel, "limit", 200)).expect(200).array()
                .getValuesAs(JsonObject.class);
    }

    @Test
    void answerBySkrytkaGetsItsUppAndReachesTheCitizensInbox() {
        String title = "Wniosek o zaświadczenie " + System.nanoTime();
        long inbound = registeredLetter(title);
        String subject = "Odpowiedź na wniosek " + System.nanoTime();
        JsonObject created = Api.as("referent").post("/api/correspondence/" + inbound + "/replies", Json.createObjectBuilder()
                .add("channel", "SKRYTKA").add("subject", subject)
                .add("body", "Szanowny Panie,\n\nw odpowiedzi na wniosek informujemy, że zaświadczenie zostało wydane.").build())
                .expect(201).obj();
        long out = created.getJsonNumber("id").longValue();

        JsonObject letter = awaitLetter(out, "RECEIPT");
        assertThat(letter.getString("recipientAddress")).as("the sender's reply inbox from the ePUAP envelope").isEqualTo("/jan.testowy/skrytka");
        assertThat(letter.getString("uppId")).isNotBlank();
        assertThat(new String(Api.as("referent").get("/api/correspondence/" + out + "/letter/receipt").expect(200).bytes(),
                StandardCharsets.UTF_8)).contains("UPP");
        assertThat(Api.as("referent").get("/api/correspondence/" + out + "/letter/pdf").expect(200).bytes())
                .startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));

        JsonObject row = Api.as("referent").get("/api/correspondence?" + Api.query("direction", "OUT", "q", subject)).expect(200).rows().get(0);
        assertThat(row.getString("number")).matches("\\d+/20\\d\\d");
        assertThat(row.getString("status")).isEqualTo("RECEIPT");

        // what ePUAP received: the sealed e-form addressed to the citizen
        JsonObject delivered = sent("nadaj").stream().filter(d -> "/jan.testowy/skrytka".equals(d.getString("adresSkrytki"))
                && d.getString("nazwaPliku").contains(row.getString("number").replace('/', '-'))).findFirst().orElseThrow();
        String xml = new String(Api.anonymous().get("/epuap-sim/api/sent/" + delivered.getJsonNumber("id") + "/content").expect(200).bytes(),
                StandardCharsets.UTF_8);
        assertThat(xml).contains("wnio:Dokument").contains(subject).contains("ds:Signature").contains("application/pdf");
        // the inbound item shows it was answered
        JsonObject inboundDetail = Api.as("referent").get("/api/correspondence/" + inbound).expect(200).obj();
        assertThat(inboundDetail.getJsonArray("history").getValuesAs(JsonObject.class)).extracting(e -> e.getString("kind")).contains("ANSWERED");
    }

    @Test
    void answerByDoreczycielIsConfirmedByTheUpdWhenTheAddresseePicksItUp() {
        long inbound = registeredLetter("Wniosek o decyzję " + System.nanoTime());
        String subject = "Decyzja " + System.nanoTime();
        long out = Api.as("referent").post("/api/correspondence/" + inbound + "/replies", Json.createObjectBuilder()
                .add("channel", "DORECZYCIEL").add("subject", subject).add("body", "Decyzja w sprawie wniosku.").build())
                .expect(201).obj().getJsonNumber("id").longValue();
        JsonObject letter = awaitLetter(out, "SENT");
        String zlecenie = letter.getString("zlecenieId");
        assertThat(zlecenie).isNotBlank();

        JsonObject delivery = sent("dorecz").stream().filter(d -> zlecenie.equals(d.getString("identyfikatorZlecenia", null)))
                .findFirst().orElseThrow();
        Api.anonymous().post("/epuap-sim/api/sent/" + delivery.getJsonNumber("id") + "/pick-up", new byte[0], "application/octet-stream")
                .expect(200);

        JsonObject confirmed = awaitLetter(out, "RECEIPT");
        assertThat(confirmed.getString("receiptName")).startsWith("UPD");
        assertThat(new String(Api.as("referent").get("/api/correspondence/" + out + "/letter/receipt").expect(200).bytes(),
                StandardCharsets.UTF_8)).contains(zlecenie);
        // the UPD is filed with the letter, not registered as new mail
        assertThat(Api.as("referent").get("/api/correspondence?" + Api.query("q", "UPD-" + zlecenie)).expect(200).rows()).isEmpty();
    }

    @Test
    void badAnswersAreRefusedAndOtherUnitsCannotAnswer() {
        long inbound = registeredLetter("Pismo bez odpowiedzi " + System.nanoTime());
        JsonObject bad = Api.as("referent").post("/api/correspondence/" + inbound + "/replies", Json.createObjectBuilder()
                .add("channel", "SKRYTKA").add("recipientAddress", "nie-adres").add("subject", "").add("body", "x").build())
                .expect(422).obj();
        assertThat(bad.getJsonArray("violations").getValuesAs(JsonObject.class)).extracting(v -> v.getString("field"))
                .containsExactlyInAnyOrder("recipientAddress", "subject");
        assertThat(bad.getJsonArray("violations").toString()).contains("/IDENTYFIKATOR/nazwa");
        Api.as("dyrektor.zespolu").post("/api/correspondence/" + inbound + "/replies", Json.createObjectBuilder()
                .add("channel", "SKRYTKA").add("subject", "x").add("body", "y").build()).expect(403);
        Api.as("referent").post("/api/correspondence/" + inbound + "/replies", Json.createObjectBuilder()
                .add("channel", "FAX").add("subject", "x").add("body", "y").build()).expect(400);
    }

    @Test
    void aNewLetterGoesOutFromTheUnitsOwnInboxWhenItHasOne() {
        JsonObject schoolInbox = Api.as("admin").get("/api/correspondence/inboxes").expect(200).array().getValuesAs(JsonObject.class)
                .stream().filter(i -> i.containsKey("unitId")).findFirst().orElseThrow();
        long school = schoolInbox.getJsonNumber("unitId").longValue();
        String subject = "Zawiadomienie " + System.nanoTime();
        long out = Api.as("sekretariat").post("/api/correspondence/letters", Json.createObjectBuilder()
                .add("channel", "SKRYTKA").add("recipientAddress", "/KURATORIUM_LUBLIN/skrytka").add("recipientName", "Kuratorium Oświaty")
                .add("subject", subject).add("body", "Zawiadamiamy o zmianie godzin pracy sekretariatu.").add("unitId", school).build())
                .expect(201).obj().getJsonNumber("id").longValue();
        awaitLetter(out, "RECEIPT");
        JsonObject delivered = sent("nadaj").stream().filter(d -> "/KURATORIUM_LUBLIN/skrytka".equals(d.getString("adresSkrytki"))
                && schoolInbox.getString("adresSkrytki").equals(d.getString("adresOdpowiedzi", null))).findFirst().orElseThrow();
        assertThat(delivered.getString("podmiot")).isEqualTo(schoolInbox.getString("podmiot"));
        // the school sees its letter; another unit does not; a unit cannot write on the department's behalf
        assertThat(Api.as("sekretariat").get("/api/correspondence?" + Api.query("direction", "OUT", "q", subject)).expect(200).rows()).hasSize(1);
        assertThat(Api.as("dyrektor.zespolu").get("/api/correspondence?" + Api.query("direction", "OUT", "q", subject)).expect(200).rows()).isEmpty();
        Api.as("sekretariat").post("/api/correspondence/letters", Json.createObjectBuilder()
                .add("channel", "SKRYTKA").add("recipientAddress", "/KURATORIUM_LUBLIN/skrytka")
                .add("subject", "x").add("body", "y").build()).expect(403);
    }
}
