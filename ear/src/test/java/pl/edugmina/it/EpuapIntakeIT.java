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
 * Inbound ePUAP correspondence end to end, through the simulator's WS-Pull: e-forms dropped into an
 * inbox are fetched, stored, confirmed, parsed, their XAdES signatures verified and registered;
 * unreadable documents are kept and listed as rejected without stopping the queue.
 */
class EpuapIntakeIT extends DeployedApplication {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static String unique(String prefix) {
        return prefix + " " + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void signedEFormIsRegisteredWithVerdictSignerAndAttachments() {
        String title = unique("Wniosek o duplikat świadectwa");
        Epuap.drop(Epuap.CITY_INBOX, "valid", title, 1);
        Api referent = Api.as("referent");
        JsonObject row = Epuap.awaitRegister(referent, title, WAIT, rows -> rows.size() == 1).get(0);
        assertThat(row.getString("direction")).isEqualTo("IN");
        assertThat(row.getString("number")).matches("\\d+/20\\d\\d");
        assertThat(row.getString("subject")).startsWith(title);
        assertThat(row.getString("signatureVerdict")).isEqualTo("VALID");
        assertThat(row.getString("status")).isEqualTo("TO_ASSIGN");

        JsonObject detail = referent.get("/api/correspondence/" + row.getJsonNumber("id")).expect(200).obj();
        assertThat(detail.getString("signer")).contains("Jan Testowy");
        assertThat(detail.getString("signatureLevel")).startsWith("XAdES");
        assertThat(detail.getString("signedAt")).isNotBlank();
        assertThat(detail.getString("inboxAddress")).isEqualTo(Epuap.CITY_INBOX);
        assertThat(detail.getJsonArray("attachments")).hasSize(2);
        long attachment = detail.getJsonArray("attachments").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Response file = referent.get("/api/correspondence/" + row.getJsonNumber("id") + "/attachments/" + attachment).expect(200);
        assertThat(file.bytes()).hasSize(20 * 1024);
        assertThat(file.header("Content-Disposition").orElse("")).startsWith("attachment;");
        Api.Response original = referent.get("/api/correspondence/" + row.getJsonNumber("id") + "/original").expect(200);
        assertThat(new String(original.bytes(), StandardCharsets.UTF_8)).contains(title).contains("SignatureValue");
        assertThat(detail.getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("kind")).contains("RECEIVED", "REGISTERED");
        assertThat(Epuap.inbox(Epuap.CITY_INBOX).getInt("waiting")).as("confirmed in ePUAP").isZero();
    }

    @Test
    void forgedUntrustedAndUnsignedDocumentsAreRegisteredWithTheRightVerdict() {
        String title = unique("Pismo do weryfikacji");
        Epuap.drop(Epuap.CITY_INBOX, "badly-signed", title + " A", 1);
        Epuap.drop(Epuap.CITY_INBOX, "untrusted", title + " B", 1);
        Epuap.drop(Epuap.CITY_INBOX, "unsigned", title + " C", 1);
        List<JsonObject> rows = Epuap.awaitRegister(Api.as("referent"), title, WAIT, r -> r.size() == 3);
        assertThat(verdictOf(rows, title + " A")).isEqualTo("INVALID");
        assertThat(verdictOf(rows, title + " B")).isEqualTo("INDETERMINATE");
        assertThat(verdictOf(rows, title + " C")).isEqualTo("UNSIGNED");
        JsonObject forged = Api.as("referent").get("/api/correspondence/" + idOf(rows, title + " A")).expect(200).obj();
        assertThat(forged.getString("signatureDetail")).contains("zmieniono po podpisaniu");
        JsonObject untrusted = Api.as("referent").get("/api/correspondence/" + idOf(rows, title + " B")).expect(200).obj();
        assertThat(untrusted.getString("signatureDetail")).contains("zaufanego wystawcy");
    }

    @Test
    void unreadableDocumentsAreKeptAsRejectedAndDoNotStopTheQueue() {
        String title = unique("Po odrzuconych");
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<wnio:Dokument xmlns:wnio=\"urn:x\">&e;</wnio:Dokument>").getBytes(StandardCharsets.UTF_8);
        String xxeName = unique("xxe").replace(' ', '-') + ".xml";
        Epuap.dropRaw(Epuap.CITY_INBOX, xxeName, xxe);
        String brokenName = unique("uciety").replace(' ', '-') + ".xml";
        Epuap.dropRaw(Epuap.CITY_INBOX, brokenName, "<wnio:Dokument xmlns:wnio=\"urn:x\"><a>".getBytes(StandardCharsets.UTF_8));
        Epuap.drop(Epuap.CITY_INBOX, "valid", title, 1);

        Epuap.awaitRegister(Api.as("referent"), title, WAIT, r -> r.size() == 1);
        List<JsonObject> rejected = Epuap.awaitRejected(Api.as("referent"), r -> r.stream()
                .filter(d -> xxeName.equals(d.getString("fileName", null)) || brokenName.equals(d.getString("fileName", null))).count() == 2);
        JsonObject x = rejected.stream().filter(d -> xxeName.equals(d.getString("fileName"))).findFirst().orElseThrow();
        assertThat(x.getString("reason")).contains("DOCTYPE");
        JsonObject b = rejected.stream().filter(d -> brokenName.equals(d.getString("fileName"))).findFirst().orElseThrow();
        assertThat(b.getString("reason")).contains("nie jest poprawnym XML");
        // kept exactly as received
        assertThat(Api.as("referent").get("/api/correspondence/rejected/" + x.getJsonNumber("inboundId") + "/original").expect(200).bytes())
                .isEqualTo(xxe);
        // retry is possible (and fails again for the same reason, still kept)
        Api.as("referent").post("/api/correspondence/rejected/" + x.getJsonNumber("inboundId") + "/retry", Json.createObjectBuilder().build())
                .expect(202);
        Epuap.awaitRejected(Api.as("referent"), r -> r.stream().anyMatch(d -> xxeName.equals(d.getString("fileName", null))
                && d.getInt("attempts") >= 2));
    }

    @Test
    void aUnitSeesOnlyCorrespondenceAddressedToIt() {
        JsonObject schoolInbox = Api.as("admin").get("/api/correspondence/inboxes").expect(200).array().getValuesAs(JsonObject.class)
                .stream().filter(i -> i.containsKey("unitId") && !i.isNull("unitId")).findFirst().orElseThrow();
        String title = unique("Do szkoły");
        Epuap.drop(schoolInbox.getString("adresSkrytki"), "valid", title, 1);
        JsonObject row = Epuap.awaitRegister(Api.as("referent"), title, WAIT, r -> r.size() == 1).get(0);
        assertThat(Epuap.awaitRegister(Api.as("dyrektor.szkoly"), title, WAIT, r -> r.size() == 1)).hasSize(1);
        assertThat(Api.as("dyrektor.zespolu").get("/api/correspondence?" + Api.query("q", title)).expect(200).rows()).isEmpty();
        Api.as("dyrektor.zespolu").get("/api/correspondence/" + row.getJsonNumber("id")).expect(403);
        Api.as("ksiegowosc").get("/api/correspondence").expect(403);
        Api.as("rodzic").get("/api/correspondence").expect(403);
        assertThat(Api.as("dyrektor.zespolu").get("/api/correspondence/inboxes").expect(200).array()).isEmpty();
    }

    @Test
    void anOfficialAssignsAGeneralItemAndTheAuditRecordsIt() {
        String title = unique("Skarga rodzica");
        Epuap.drop(Epuap.CITY_INBOX, "valid", title, 1);
        Api kierownik = Api.as("kierownik");
        long id = Epuap.awaitRegister(kierownik, title, WAIT, r -> r.size() == 1).get(0).getJsonNumber("id").longValue();

        JsonObject bad = kierownik.post("/api/correspondence/" + id + "/assignment",
                Json.createObjectBuilder().add("jrwa", "44x20").build()).expect(422).obj();
        assertThat(bad.getJsonArray("violations").getJsonObject(0).getString("message")).contains("JRWA");

        JsonObject assigned = kierownik.post("/api/correspondence/" + id + "/assignment",
                Json.createObjectBuilder().add("jrwa", "1510").add("assignee", "referent").build()).expect(200).obj();
        assertThat(assigned.getJsonObject("row").getString("status")).isEqualTo("ASSIGNED");
        assertThat(assigned.getJsonObject("row").getString("jrwa")).isEqualTo("1510");
        assertThat(assigned.getString("assignedTo")).isEqualTo("referent");
        List<JsonObject> audit = Api.as("admin").get("/api/audit?" + Api.query("action", "ASSIGN", "entityId", id)).expect(200).rows();
        assertThat(audit).singleElement().satisfies(e -> assertThat(e.getString("changes")).contains("1510"));
        List<JsonObject> views = Api.as("admin").get("/api/audit?" + Api.query("action", "VIEW_DOCUMENT", "entityId", id)).expect(200).rows();
        assertThat(views).as("opening the document is audited").isNotEmpty();
    }

    private static String verdictOf(List<JsonObject> rows, String subject) {
        return rows.stream().filter(r -> r.getString("subject").startsWith(subject)).findFirst().orElseThrow().getString("signatureVerdict");
    }

    private static long idOf(List<JsonObject> rows, String subject) {
        return rows.stream().filter(r -> r.getString("subject").startsWith(subject)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }
}
