package pl.edugmina.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.DeployedApplication;
import pl.edugmina.it.support.Mail;
import pl.edugmina.it.support.Server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail notifications go through the outbox: queued in the business transaction (row + JMS message), sent by the
 * MDB to the SMTP server (here the simulator's sink) only after the commit, never when the transaction rolls back;
 * refusals and outages end FAILED with the reason. A message to a unit notifies the unit's users with a link, never
 * with the message's text. (arquillian.xml: SMTP on the sink's port, 3 attempts 0.5 s apart.)
 */
class MailNotificationsIT extends DeployedApplication {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    @Deployment(name = Mail.PROBE, testable = false)
    public static WebArchive probe() {
        return Mail.probe();
    }

    private static HttpRequest probeRequest(Object... params) {
        return HttpRequest.newBuilder(URI.create(Server.APP + "mail-probe/queue?" + Api.query(params)))
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    private static HttpResponse<String> probe(Object... params) {
        try {
            return HTTP.send(probeRequest(params), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long queued(HttpResponse<String> r) {
        assertThat(r.statusCode()).as("probe: " + r.body() + "\n" + Server.logTail(40)).isEqualTo(200);
        return Long.parseLong(r.body().strip());
    }

    @Test
    void aQueuedMailIsSentOnlyAfterTheTransactionCommits() throws Exception {
        String to = Mail.address("po-zatwierdzeniu");
        CompletableFuture<HttpResponse<String>> pending = HTTP.sendAsync(probeRequest("to", to, "subject", "Próba – zażółć gęślą jaźń",
                "text", "Treść próbna.\nDruga linia.", "holdMs", 3000), HttpResponse.BodyHandlers.ofString());
        // while the transaction is open (3 s) the row and the message exist inside it only: nothing reaches the server
        Server.sleep(2000);
        assertThat(pending).isNotDone();
        assertThat(Mail.received(to)).isEmpty();
        assertThat(Mail.recorded(to)).as("the row is not visible before the commit").isEmpty();

        long id = queued(pending.get());
        JsonObject mail = Mail.awaitReceived(to, 1, ARRIVAL).get(0);
        assertThat(mail.getString("subject")).isEqualTo("Próba – zażółć gęślą jaźń");
        // (SMTP carries whole lines: the last one ends with a line break too)
        assertThat(mail.getString("text").replace("\r\n", "\n")).isEqualTo("Treść próbna.\nDruga linia.\n");
        assertThat(mail.getJsonArray("recipients").getString(0)).isEqualTo(to);

        JsonObject row = Mail.awaitRecorded(to, "SENT", ARRIVAL);
        assertThat(row.getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(row.getInt("attempts")).isEqualTo(1);
        assertThat(row.getString("sentAt")).isNotBlank();
        assertThat(row.containsKey("text")).as("the text is not kept").isFalse();
    }

    @Test
    void nothingIsSentOrRecordedWhenTheTransactionRollsBack() {
        String rolledBack = Mail.address("wycofana");
        String committed = Mail.address("zatwierdzona");
        queued(probe("to", rolledBack, "subject", "Nie powinna wyjść", "text", "x", "rollback", true));
        queued(probe("to", committed, "subject", "Powinna wyjść", "text", "y"));

        // the committed one, queued later, arrives; by then the rolled-back one would have too
        Mail.awaitReceived(committed, 1, ARRIVAL);
        Mail.awaitRecorded(committed, "SENT", ARRIVAL);
        Server.sleep(1000);
        assertThat(Mail.received(rolledBack)).isEmpty();
        assertThat(Mail.recorded(rolledBack)).isEmpty();
    }

    @Test
    void queueingNeedsTheCallersTransaction() {
        String to = Mail.address("bez-transakcji");
        HttpResponse<String> r = probe("to", to, "subject", "x", "text", "y", "tx", "none");
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.body()).contains("EJBTransactionRequiredException");
        assertThat(Mail.recorded(to)).isEmpty();
    }

    @Test
    void aRefusedMailboxFailsAtOnceWithTheServersReason() {
        String to = Mail.address("odrzuc");
        queued(probe("to", to, "subject", "Do nieistniejącej skrzynki", "text", "x"));

        JsonObject row = Mail.awaitRecorded(to, "FAILED", ARRIVAL);
        assertThat(row.getInt("attempts")).as("a 5xx refusal is not retried").isEqualTo(1);
        assertThat(row.getString("lastError")).contains("550");
        assertThat(row.getString("failedAt")).isNotBlank();
        assertThat(Mail.received(to)).isEmpty();
    }

    @Test
    void aDeferredMailIsRetriedAndGivenUpAfterTheLastAttempt() {
        String to = Mail.address("zajety");
        queued(probe("to", to, "subject", "Serwer odkłada", "text", "x"));

        JsonObject row = Mail.awaitRecorded(to, "FAILED", ARRIVAL);
        assertThat(row.getInt("attempts")).as("edugmina.mail.max-attempts=3 in arquillian.xml").isEqualTo(3);
        assertThat(row.getString("lastError")).contains("451");
        assertThat(Mail.received(to)).isEmpty();
    }

    @Test
    void aMessageToAUnitNotifiesItsUsersWithALinkAndWithoutTheText() {
        Api referent = Api.as("referent");
        long school = Api.as("dyrektor.szkoly").get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
        String subject = "Powiadomienie " + Long.toString(System.nanoTime(), 36);
        String body = "Treść poufna: dane ucznia Jana Kowalskiego.";
        long id = referent.post("/api/messages", Json.createObjectBuilder().add("subject", subject).add("body", body)
                .add("replyRequired", false).add("unitIds", Json.createArrayBuilder().add(school)).build()).expect(201).obj()
                .getJsonNumber("id").longValue();
        Api.as("kierownik").post("/api/messages/" + id + "/approval", Json.createObjectBuilder().build()).expect(204);
        Server.sleep(1500);
        assertThat(Mail.received(subject)).as("nothing before the last approval").isEmpty();
        Api.as("dyrektor.wydzialu").post("/api/messages/" + id + "/approval", Json.createObjectBuilder().build()).expect(204);

        String expectedSubject = "EduGmina: nowa wiadomość – " + subject;
        List<JsonObject> mails = pl.edugmina.it.support.Epuap.await("notifications of " + subject, ARRIVAL,
                () -> Mail.received("@lublin.example").stream().filter(m -> expectedSubject.equals(m.getString("subject", null))).toList(),
                l -> l.size() >= 3);
        assertThat(mails).flatMap(m -> m.getJsonArray("recipients").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactlyInAnyOrder("dyrektor.szkoly@lublin.example", "sekretariat@lublin.example", "ksiegowosc@lublin.example");
        for (JsonObject m : mails) {
            String text = m.getString("text");
            assertThat(text).contains("/messages/message.xhtml?id=" + id + "&unit=" + school).contains(subject)
                    .doesNotContain("Treść poufna").doesNotContain("Kowalski");
        }
        assertThat(Mail.received("dyrektor.zespolu@").stream().filter(m -> expectedSubject.equals(m.getString("subject", null))))
                .as("another unit's director").isEmpty();
        assertThat(Mail.received("referent@").stream().filter(m -> expectedSubject.equals(m.getString("subject", null))))
                .as("the department").isEmpty();
        // the link's parameters are the message and the unit: the director opens exactly that
        assertThat(Api.as("dyrektor.szkoly").get("/api/messages/" + id + "/units/" + school).expect(200).obj()
                .getJsonObject("message").getString("subject")).isEqualTo(subject);
    }

    @Test
    void aReminderIsMailedOnlyToTheUnitsThatHaveNotAnswered() {
        long school = Api.as("dyrektor.szkoly").get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
        long complex = Api.as("dyrektor.zespolu").get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
        String subject = "Przypomnienie " + Long.toString(System.nanoTime(), 36);
        long id = Api.as("referent").post("/api/messages", Json.createObjectBuilder().add("subject", subject).add("body", "Prosimy o dane.")
                .add("replyRequired", true).add("deadline", java.time.LocalDate.now().plusDays(3).toString())
                .add("unitIds", Json.createArrayBuilder().add(school).add(complex)).build()).expect(201).obj()
                .getJsonNumber("id").longValue();
        Api.as("kierownik").post("/api/messages/" + id + "/approval", Json.createObjectBuilder().build()).expect(204);
        Api.as("dyrektor.wydzialu").post("/api/messages/" + id + "/approval", Json.createObjectBuilder().build()).expect(204);
        Api.as("sekretariat").post("/api/messages/" + id + "/units/" + school + "/replies", Json.createObjectBuilder().add("body", "Dane w załączeniu.")
                .build()).expect(201);

        Api.as("referent").post("/api/messages/" + id + "/reminders", Json.createObjectBuilder().build()).expect(200);

        String reminder = "EduGmina: przypomnienie – " + subject;
        List<JsonObject> mails = pl.edugmina.it.support.Epuap.await("reminders of " + subject, ARRIVAL,
                () -> Mail.received("@lublin.example").stream().filter(m -> reminder.equals(m.getString("subject", null))).toList(),
                l -> !l.isEmpty());
        Server.sleep(1500);
        mails = Mail.received("@lublin.example").stream().filter(m -> reminder.equals(m.getString("subject", null))).toList();
        assertThat(mails).flatMap(m -> m.getJsonArray("recipients").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .as("the complex's people, not the school that answered").contains("dyrektor.zespolu@lublin.example")
                .doesNotContain("dyrektor.szkoly@lublin.example", "sekretariat@lublin.example", "ksiegowosc@lublin.example");
        assertThat(mails.get(0).getString("text")).contains("czeka na odpowiedź placówki")
                .contains("/messages/message.xhtml?id=" + id + "&unit=" + complex).doesNotContain("Prosimy o dane");
    }

    @Test
    void theAdministratorSeesTheMailsAndSendsATestMailOthersCannot() {
        String to = Mail.address("test-admina");
        Api.as("referent").get("/api/admin/mail").expect(403);
        Api.as("referent").post("/api/admin/mail/test", Json.createObjectBuilder().add("to", to).build()).expect(403);
        Api.as("admin").post("/api/admin/mail/test", Json.createObjectBuilder().add("to", "nie adres").build()).expect(422);
        Api.as("admin").get("/api/admin/mail?status=ZLY").expect(422);

        Api.as("admin").post("/api/admin/mail/test", Json.createObjectBuilder().add("to", to).build()).expect(202);
        JsonObject mail = Mail.awaitReceived(to, 1, ARRIVAL).get(0);
        assertThat(mail.getString("subject")).isEqualTo("EduGmina: wiadomość próbna");
        assertThat(mail.getString("text")).contains("administrator admin");
        Mail.awaitRecorded(to, "SENT", ARRIVAL);
        assertThat(Api.as("admin").get("/api/admin/mail?" + Api.query("status", "SENT", "to", to)).expect(200).rows()).hasSize(1);
        assertThat(Api.as("admin").get("/api/admin/mail?" + Api.query("status", "FAILED", "to", to)).expect(200).rows()).isEmpty();
    }
}
