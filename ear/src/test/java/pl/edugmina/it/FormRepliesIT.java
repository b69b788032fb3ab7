package pl.edugmina.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.DeployedApplication;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Structured answers: the department designs a form (text, number, date, choice, table), schools answer
 * with data that is checked field by field, corrections are kept as versions, and the department
 * downloads one workbook of the latest answers; an unusable form is refused when it is sent.
 */
class FormRepliesIT extends DeployedApplication {

    private static JsonObject obj(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    private static final String FORM = """
            {'replyForm': [{'label':'Osoba do kontaktu','type':'TEXT','required':true},
                           {'label':'Liczba oddziałów','type':'NUMBER','required':true},
                           {'label':'Czy szkoła ma basen?','type':'CHOICE','options':['tak','nie'],'required':true},
                           {'label':'Pracownie','type':'TABLE','columns':[{'label':'Nazwa','type':'TEXT','required':true},
                                                                          {'label':'Stanowiska','type':'NUMBER'},
                                                                          {'label':'Ostatni remont','type':'DATE'}]}]}""";

    @Test
    void schoolsAnswerWithDataCheckedFieldByFieldAndTheDepartmentGetsOneWorkbook() throws Exception {
        Api referent = Api.as("referent");
        long school = Api.as("dyrektor.szkoly").get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
        String subject = "Pracownie szkolne " + Long.toString(System.nanoTime(), 36);
        JsonObject body = Json.createObjectBuilder(obj(FORM)).add("subject", subject).add("body", "Prosimy o dane o pracowniach.")
                .add("deadline", LocalDate.now().plusDays(7).toString()).add("unitIds", Json.createArrayBuilder().add(school)).build();
        long id = referent.post("/api/messages", body).expect(201).obj().getJsonNumber("id").longValue();
        Api.as("kierownik").post("/api/messages/" + id + "/approval", Json.createObjectBuilder().build()).expect(204);
        Api.as("dyrektor.wydzialu").post("/api/messages/" + id + "/approval", Json.createObjectBuilder().build()).expect(204);

        Api secretariat = Api.as("sekretariat");
        JsonObject view = secretariat.get("/api/messages/" + id + "/units/" + school).expect(200).obj();
        assertThat(view.getJsonObject("message").getBoolean("replyRequired")).isTrue();
        assertThat(view.getJsonObject("message").getJsonObject("replyForm").getJsonArray("fields")).hasSize(4);

        String replies = "/api/messages/" + id + "/units/" + school + "/replies";
        String refused = secretariat.post(replies, obj("""
                {'form': {'f2':'trzy','f3':'może','f4':[{'c1':'Chemiczna','c2':'16','c3':'30.02.2024'},{'c2':'4'}]}}""")).expect(422).body();
        assertThat(refused).contains("Pole „Osoba do kontaktu”: to pole jest wymagane")
                .contains("Pole „Liczba oddziałów”: „trzy” nie jest liczbą")
                .contains("Pole „Czy szkoła ma basen?”: wybierz jedną z pozycji: tak, nie")
                .contains("Tabela „Pracownie”, wiersz 1, kolumna „Ostatni remont”: „30.02.2024” nie jest datą")
                .contains("Tabela „Pracownie”, wiersz 2, kolumna „Nazwa”: to pole jest wymagane");
        assertThat(referent.get(replies).expect(200).array()).as("nothing stored").isEmpty();

        secretariat.post(replies, obj("""
                {'form': {'f1':'Anna Kowalska','f2':'14','f3':'nie','f4':[{'c1':'Chemiczna','c2':'16','c3':'15.08.2024'},
                                                                       {'c1':'Informatyczna','c2':'24'}]}}""")).expect(201);
        secretariat.post(replies, obj("""
                {'body':'Korekta: liczba oddziałów','form': {'f1':'Anna Kowalska','f2':'15','f3':'nie',
                 'f4':[{'c1':'Chemiczna','c2':'16','c3':'2024-08-15'},{'c1':'Informatyczna','c2':'24'}]}}""")).expect(201);
        List<JsonObject> versions = referent.get(replies).expect(200).array().getValuesAs(JsonObject.class);
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).getJsonObject("form").getJsonNumber("f2").intValue()).isEqualTo(14);
        assertThat(versions.get(1).getJsonObject("form").getJsonNumber("f2").intValue()).isEqualTo(15);
        assertThat(versions.get(1).getJsonObject("form").getJsonArray("f4").getJsonObject(0).getString("c3")).isEqualTo("2024-08-15");

        byte[] xlsx = referent.get("/api/messages/" + id + "/form.xlsx").expect(200).bytes();
        List<List<String>> main = SurveyIT.rows(xlsx, "Odpowiedzi");
        assertThat(main.get(0)).containsExactly("RSPO", "Jednostka", "Data odpowiedzi", "Osoba do kontaktu", "Liczba oddziałów",
                "Czy szkoła ma basen?");
        assertThat(main).hasSize(2);
        assertThat(main.get(1).subList(3, 6)).containsExactly("Anna Kowalska", "15", "nie");
        List<List<String>> labs = SurveyIT.rows(xlsx, "Pracownie");
        assertThat(labs).hasSize(3);
        assertThat(labs.get(1).subList(2, 4)).containsExactly("Chemiczna", "16");

        Api.as("dyrektor.szkoly").get("/api/messages/" + id + "/form.xlsx").expect(403);
        secretariat.post(replies, obj("{'form': {'f9':'x'}}")).expect(422);
    }

    @Test
    void aFormTheSchoolsCouldNotFillInIsRefusedWhenSent() {
        long school = Api.as("dyrektor.szkoly").get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
        JsonObject refused = Api.as("referent").post("/api/messages", Json.createObjectBuilder(obj("""
                {'replyForm': [{'label':'Wybór','type':'CHOICE','options':['jedna']},{'label':'','type':'NUMBER'}]}""")).add("subject", "Zły formularz")
                .add("body", "Treść").add("unitIds", Json.createArrayBuilder().add(school)).build()).expect(422).obj();
        assertThat(refused.toString()).contains("replyForm").contains("lista wyboru musi mieć od 2 do 50 różnych pozycji")
                .contains("pole 2: podaj etykietę");
    }
}
