package pl.edugmina.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.DeployedApplication;
import pl.edugmina.it.support.Epuap;
import pl.edugmina.it.support.RecruitmentFixtures;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parent's recruitment application submitted as an e-form through ePUAP: the parent writes a complete draft on the
 * portal, the same application is sent signed into the city's ePUAP inbox (the simulator), the service bus fetches,
 * verifies and registers it, hands it to the recruitment module, which matches it to the draft by its number and the
 * child and submits it (channel EPUAP, a candidate code). A document naming another child, signed by someone the verifier
 * does not trust, or by someone who is not a guardian, submits nothing and waits in the register for an official with the
 * reason; the same document delivered again changes nothing.
 */
class RecruitmentEpuapIT extends DeployedApplication {

    private static final Api PARENT = Api.as("rodzic");
    private static final Api OFFICER = Api.as("referent");
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String NS = "http://edugmina.pl/wzor/2026/nabor/wniosek/";
    private static final LocalDate BIRTH = LocalDate.of(2022, 3, 15);

    @Test
    void aSignedEFormSubmitsTheParentsDraftOnceAndARepeatedDeliveryChangesNothing() {
        String pesel = pesel(BIRTH);
        JsonObject draft = draft(pesel, "Anna Kowalska");
        long id = draft.getJsonNumber("id").longValue();
        String campaign = draft.getString("campaignName");
        Epuap.dropSigned(Epuap.CITY_INBOX, "wniosek-" + id + ".xml", eForm(draft, pesel), "profil-zaufany", "Anna", "Kowalska");

        JsonObject submitted = Epuap.await("application " + id + " submitted through ePUAP", WAIT, () -> application(id),
                a -> "SUBMITTED".equals(a.getString("status")));
        assertThat(submitted.getString("channel")).isEqualTo("EPUAP");
        assertThat(submitted.getString("code")).matches("P-[A-Z2-9]{7}");
        assertThat(submitted.getString("signer")).isEqualTo("Anna Kowalska (Profil Zaufany)");
        assertThat(whats(submitted)).anyMatch(w -> w.startsWith("Wniosek złożony przez ePUAP (Anna Kowalska (Profil Zaufany)); kod kandydata "
                + submitted.getString("code")));

        JsonObject row = Epuap.awaitRegister(OFFICER, campaign, WAIT, rows -> rows.size() == 1).get(0);
        assertThat(row.getString("formKind")).isEqualTo("RECRUITMENT");
        assertThat(row.getString("status")).isEqualTo("HANDED_OVER");
        assertThat(row.getString("signatureVerdict")).isEqualTo("VALID");
        JsonObject item = OFFICER.get("/api/correspondence/" + row.getJsonNumber("id")).expect(200).obj();
        // the register keeps the form's text without the child's PESEL (the signed original is kept as received)
        assertThat(item.getString("bodyText")).contains(draft.getString("campaignName"))
                .contains("[PESEL ukryty]").doesNotContain(pesel);
        assertThat(history(item, "HANDLED")).singleElement(InstanceOfAssertFactories.STRING)
                .contains("wniosek rekrutacyjny nr " + id).contains("kod kandydata " + submitted.getString("code"));

        // the very same signed document delivered again (e.g. sent twice by the parent): registered, but it submits nothing
        byte[] original = OFFICER.get("/api/correspondence/" + row.getJsonNumber("id") + "/original").expect(200).bytes();
        Epuap.dropRaw(Epuap.CITY_INBOX, "wniosek-" + id + "-ponownie.xml", original);
        List<JsonObject> rows = Epuap.awaitRegister(OFFICER, campaign, WAIT,
                r -> r.size() == 2 && r.stream().anyMatch(x -> "TO_ASSIGN".equals(x.getString("status"))));
        JsonObject again = rows.stream().filter(x -> "TO_ASSIGN".equals(x.getString("status"))).findFirst().orElseThrow();
        assertThat(again.getString("formKind")).as("the official sees what it is").isEqualTo("RECRUITMENT");
        JsonObject againItem = OFFICER.get("/api/correspondence/" + again.getJsonNumber("id")).expect(200).obj();
        assertThat(history(againItem, "NOT_HANDLED")).singleElement(InstanceOfAssertFactories.STRING)
                .contains("wniosek nr " + id + " został już złożony (kod kandydata " + submitted.getString("code") + ")");
        assertThat(history(againItem, "HANDLED")).isEmpty();

        JsonObject after = application(id);
        assertThat(after.getString("status")).isEqualTo("SUBMITTED");
        assertThat(after.getString("code")).isEqualTo(submitted.getString("code"));
        assertThat(after.getJsonNumber("version").longValue()).isEqualTo(submitted.getJsonNumber("version").longValue());
        assertThat(whats(after).stream().filter(w -> w.startsWith("Wniosek złożony")).count()).isEqualTo(1);
        assertThat(OFFICER.get("/api/correspondence/" + row.getJsonNumber("id")).expect(200).obj().getJsonObject("row").getString("status"))
                .isEqualTo("HANDED_OVER");
    }

    @Test
    void aDocumentWithAnotherChildsPeselIsNotMatchedAndWaitsForAnOfficialWithTheReason() {
        String pesel = pesel(BIRTH);
        String other = pesel(BIRTH);
        while (other.equals(pesel)) {
            other = pesel(BIRTH);
        }
        JsonObject draft = draft(pesel, "Anna Kowalska");
        long id = draft.getJsonNumber("id").longValue();
        Epuap.dropSigned(Epuap.CITY_INBOX, "wniosek-" + id + ".xml", eForm(draft, other), "profil-zaufany", "Anna", "Kowalska");

        JsonObject row = Epuap.awaitRegister(OFFICER, draft.getString("campaignName"), WAIT,
                rows -> rows.size() == 1 && "TO_ASSIGN".equals(rows.get(0).getString("status"))).get(0);
        assertThat(row.getString("formKind")).isEqualTo("RECRUITMENT");
        assertThat(row.getString("signatureVerdict")).isEqualTo("VALID");
        JsonObject item = OFFICER.get("/api/correspondence/" + row.getJsonNumber("id")).expect(200).obj();
        String reason = history(item, "NOT_HANDLED").get(0);
        assertThat(reason).contains("PESEL dziecka w e-formularzu nie zgadza się z wnioskiem nr " + id)
                .doesNotContain(pesel).doesNotContain(other);
        assertThat(OFFICER.get("/api/correspondence?" + Api.query("q", draft.getString("campaignName"), "status", "TO_ASSIGN")).expect(200).rows())
                .as("among the items waiting for an official").hasSize(1);

        JsonObject still = application(id);
        assertThat(still.getString("status")).isEqualTo("DRAFT");
        assertThat(!still.containsKey("code") || still.isNull("code")).as("no candidate code").isTrue();
        assertThat(still.getJsonNumber("version").longValue()).isEqualTo(draft.getJsonNumber("version").longValue());
    }

    @Test
    void aDocumentNotSignedByATrustedSignerOrNotByAGuardianIsNotMatched() {
        String pesel = pesel(BIRTH);
        JsonObject draft = draft(pesel, "Anna Kowalska");
        long id = draft.getJsonNumber("id").longValue();
        byte[] xml = eForm(draft, pesel);
        Epuap.dropSigned(Epuap.CITY_INBOX, "wniosek-" + id + "-a.xml", xml, "stranger", null, null);
        Epuap.dropSigned(Epuap.CITY_INBOX, "wniosek-" + id + "-b.xml", xml, "citizen", null, null);

        List<JsonObject> rows = Epuap.awaitRegister(OFFICER, draft.getString("campaignName"), WAIT,
                r -> r.size() == 2 && r.stream().allMatch(x -> "TO_ASSIGN".equals(x.getString("status"))));
        JsonObject untrusted = rows.stream().filter(x -> "INDETERMINATE".equals(x.getString("signatureVerdict"))).findFirst().orElseThrow();
        assertThat(history(OFFICER.get("/api/correspondence/" + untrusted.getJsonNumber("id")).expect(200).obj(), "NOT_HANDLED").get(0))
                .contains("podpis e-formularza nie jest prawidłowy");
        JsonObject stranger = rows.stream().filter(x -> "VALID".equals(x.getString("signatureVerdict"))).findFirst().orElseThrow();
        assertThat(history(OFFICER.get("/api/correspondence/" + stranger.getJsonNumber("id")).expect(200).obj(), "NOT_HANDLED").get(0))
                .contains("podpisał Jan Testowy, a nie rodzic (opiekun) wskazany we wniosku nr " + id);
        assertThat(application(id).getString("status")).isEqualTo("DRAFT");
    }

    // ------------------------------------------------------------------ helpers

    /** A complete draft of the parent in a new campaign open now (two groups of the demo school); its detail. */
    private static JsonObject draft(String pesel, String guardian) {
        long school = Api.as("dyrektor.szkoly").get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
        RecruitmentFixtures.OpenCampaign c = RecruitmentFixtures.openCampaign("KINDERGARTEN", 3, school);
        JsonArrayBuilder guardians = Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", guardian).add("email", "anna@example.com"));
        JsonObject body = Json.createObjectBuilder().add("campaignId", c.id())
                .add("child", Json.createObjectBuilder().add("firstName", "Zofia").add("lastName", "Kowalska").add("birthDate", BIRTH.toString())
                        .add("pesel", pesel))
                .add("address", Json.createObjectBuilder().add("locality", "Lublin").add("street", "Narutowicza").add("houseNumber", "12")
                        .add("postalCode", "20-016"))
                .add("guardians", guardians)
                .add("preferences", Json.createArrayBuilder().add(c.classOf(0, 1)).add(c.classOf(0, 0)))
                .add("criteria", Json.createArrayBuilder().add("PRACA"))
                .build();
        long id = PARENT.post("/api/portal/recruitment/applications", body).expect(201).obj().getJsonNumber("id").longValue();
        return application(id);
    }

    private static JsonObject application(long id) {
        return PARENT.get("/api/portal/recruitment/applications/" + id).expect(200).obj();
    }

    private static List<String> whats(JsonObject application) {
        return application.getJsonArray("history").getValuesAs(JsonObject.class).stream().map(e -> e.getString("what")).toList();
    }

    private static List<String> history(JsonObject item, String kind) {
        return item.getJsonArray("history").getValuesAs(JsonObject.class).stream().filter(e -> kind.equals(e.getString("kind")))
                .map(e -> e.getString("detail")).toList();
    }

    /** The application as the recruitment e-form, as the portal writes it, with {@code pesel} as the child's PESEL. */
    private static byte[] eForm(JsonObject a, String pesel) {
        JsonObject d = a.getJsonObject("draft");
        StringBuilder prefs = new StringBuilder();
        for (JsonObject p : a.getJsonArray("preferences").getValuesAs(JsonObject.class)) {
            JsonObject offered = p.getJsonObject("offered");
            prefs.append("<wnio:Preferencja kolejnosc=\"").append(p.getInt("rank")).append("\" oddzial=\"").append(offered.getJsonNumber("id"))
                    .append("\">").append(esc(offered.getString("unitName") + " – " + offered.getString("name"))).append("</wnio:Preferencja>");
        }
        StringBuilder crit = new StringBuilder();
        for (JsonObject k : a.getJsonArray("criteria").getValuesAs(JsonObject.class)) {
            crit.append("<wnio:Kryterium kod=\"").append(k.getString("code")).append("\">").append(esc(k.getString("label"))).append("</wnio:Kryterium>");
        }
        String campaign = a.getString("campaignName");
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <wnio:Dokument xmlns:wnio="%s" xmlns:meta="http://crd.gov.pl/xml/schematy/meta/2009/11/16/" xmlns:str="http://crd.gov.pl/xml/schematy/struktura/2009/11/16/" xmlns:oso="http://crd.gov.pl/xml/schematy/osoba/2009/11/16/" xmlns:inst="http://crd.gov.pl/xml/schematy/instytucja/2009/11/16/">
                <wnio:OpisDokumentu>
                <meta:Identyfikator typIdentyfikatora="idFormularza"><meta:Wartosc>WniosekRekrutacyjny</meta:Wartosc></meta:Identyfikator>
                </wnio:OpisDokumentu>
                <wnio:DaneDokumentu>
                <str:Naglowek><str:NazwaDokumentu>Wniosek o przyjęcie – %s</str:NazwaDokumentu></str:Naglowek>
                <str:Adresaci><meta:Podmiot><inst:Instytucja><inst:NazwaInstytucji>Wydział Oświaty</inst:NazwaInstytucji></inst:Instytucja></meta:Podmiot></str:Adresaci>
                <str:Nadawcy><meta:Podmiot><oso:Osoba><oso:Imie>Anna</oso:Imie><oso:Nazwisko>Kowalska</oso:Nazwisko></oso:Osoba></meta:Podmiot></str:Nadawcy>
                </wnio:DaneDokumentu>
                <wnio:TrescDokumentu format="text/xml" kodowanie="XML"><wnio:Wniosek>
                <wnio:NumerWniosku>%d</wnio:NumerWniosku>
                <wnio:Nabor id="%d">%s</wnio:Nabor>
                <wnio:Dziecko><wnio:Imie>%s</wnio:Imie><wnio:Nazwisko>%s</wnio:Nazwisko><wnio:DataUrodzenia>%s</wnio:DataUrodzenia><wnio:PESEL>%s</wnio:PESEL></wnio:Dziecko>
                <wnio:Adres><wnio:Miejscowosc>%s</wnio:Miejscowosc><wnio:Ulica>%s</wnio:Ulica><wnio:NumerDomu>%s</wnio:NumerDomu><wnio:KodPocztowy>%s</wnio:KodPocztowy></wnio:Adres>
                <wnio:Rodzice><wnio:Rodzic><wnio:ImieNazwisko>%s</wnio:ImieNazwisko></wnio:Rodzic></wnio:Rodzice>
                <wnio:Preferencje>%s</wnio:Preferencje>
                <wnio:Kryteria>%s</wnio:Kryteria>
                </wnio:Wniosek></wnio:TrescDokumentu>
                </wnio:Dokument>""".formatted(NS, esc(campaign), a.getJsonNumber("id").longValue(), a.getJsonNumber("campaignId").longValue(),
                esc(campaign), esc(d.getString("childFirstName")), esc(d.getString("childLastName")), d.getString("birthDate"), pesel,
                esc(d.getString("locality")), esc(d.getString("street")), esc(d.getString("houseNumber")), d.getString("postalCode"),
                esc(d.getJsonObject("guardian1").getString("name")), prefs, crit);
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A valid PESEL of a child born on {@code birth} (after 2000: month + 20), with a random serial. */
    static String pesel(LocalDate birth) {
        String base = String.format("%02d%02d%02d%04d", birth.getYear() % 100, birth.getMonthValue() + (birth.getYear() >= 2000 ? 20 : 0),
                birth.getDayOfMonth(), ThreadLocalRandom.current().nextInt(10_000));
        int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (base.charAt(i) - '0') * w[i];
        }
        return base + (10 - sum % 10) % 10;
    }
}
