package pl.edugmina.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import pl.edugmina.it.support.Api;
import pl.edugmina.it.support.DeployedApplication;
import pl.edugmina.it.support.Epuap;
import pl.edugmina.it.support.PostgresSessionListener;
import pl.edugmina.it.support.RecruitmentFixtures;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention of recruitment data (non-admitted candidates deleted a year after the campaign's timetable ends, unless an
 * appeal is pending), started by the administrator over REST as operations would: a campaign with six submitted
 * applications allocated for real (four placed, two not), one of the two with a pending appeal, one withdrawn application
 * and one draft never submitted. The campaign's timetable is moved into the past over JDBC (as the tests arrange time):
 * while the year runs only the draft goes; once it is over the non-admitted without an appeal go, with their
 * applications, and the admitted and the one with a pending appeal stay. The commission's points, not built yet, are
 * written over JDBC too.
 */
class RecruitmentRetentionIT extends DeployedApplication {

    private static final Api PARENT = Api.as("rodzic");
    private static final Api ADMIN = Api.as("admin");

    @Test
    void aYearAfterTheTimetableTheNotAdmittedGoUnlessAnAppealIsPendingAndTheAdmittedStay() throws SQLException {
        long school = Api.as("dyrektor.szkoly").get("/api/me").expect(200).obj().getJsonNumber("unitId").longValue();
        RecruitmentFixtures.OpenCampaign c = RecruitmentFixtures.openCampaign("KINDERGARTEN", 3, school);
        long groupA = c.classOf(0, 0);
        long groupB = c.classOf(0, 1);

        // six children submitted on paper, best points first; two seats in each group
        List<Long> submitted = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long id = draft(c.id(), i, groupA, groupB);
            PARENT.post("/api/portal/recruitment/applications/" + id + "/paper", Json.createObjectBuilder().build()).expect(200);
            submitted.add(id);
        }
        long withdrawn = draft(c.id(), 6, groupA, groupB);
        PARENT.post("/api/portal/recruitment/applications/" + withdrawn + "/paper", Json.createObjectBuilder().build()).expect(200);
        PARENT.post("/api/portal/recruitment/applications/" + withdrawn + "/withdrawal",
                Json.createObjectBuilder().add("reason", "przeprowadzka").build()).expect(204);
        long draft = draft(c.id(), 7, groupA, groupB);
        List<Long> candidates = new ArrayList<>();
        for (int i = 0; i < submitted.size(); i++) {
            long candidate = number("select candidate_id from recruitment_application where id = ?", submitted.get(i));
            candidates.add(candidate);
            // the commission's verdict (not built yet): points on both preferences, 600 for the first child down to 100
            for (int rank = 1; rank <= 2; rank++) {
                update("insert into recruitment_preference (campaign_id, candidate_id, rank, class_id, points) values (?, ?, ?, ?, ?)",
                        c.id(), candidate, rank, rank == 1 ? groupA : groupB, (6 - i) * 10_000L);
            }
        }
        JsonObject run = final_(c.id());
        assertThat(run.getInt("placed")).isEqualTo(4);
        // the fifth child's appeal was decided; the sixth's is still pending
        appeal(submitted.get(4), "DISMISSED");
        appeal(submitted.get(5), "PENDING");

        // the campaign is going on: nothing of it is touched
        retention();
        assertThat(existing(submitted)).containsExactlyElementsOf(submitted);
        assertThat(existing(List.of(withdrawn, draft))).containsExactly(withdrawn, draft);

        // the timetable ended 11 months ago: the draft never submitted goes, the candidates are kept for the year
        endTimetable(c.id(), "11 months");
        retention();
        assertThat(existing(List.of(draft))).isEmpty();
        PARENT.get("/api/portal/recruitment/applications/" + draft).expect(404);
        assertThat(existing(submitted)).containsExactlyElementsOf(submitted);
        assertThat(existing(List.of(withdrawn))).containsExactly(withdrawn);

        // a year and two days: the not admitted go, unless an appeal is pending
        endTimetable(c.id(), "1 year 2 days");
        JsonObject report = retention();
        assertThat(report.getInt("campaignsDue")).isGreaterThanOrEqualTo(1);
        assertThat(report.getInt("candidatesDeleted")).isGreaterThanOrEqualTo(1);
        assertThat(report.getInt("keptForAppeal")).isGreaterThanOrEqualTo(1);
        assertThat(existing(submitted)).as("the four admitted and the one with a pending appeal")
                .containsExactly(submitted.get(0), submitted.get(1), submitted.get(2), submitted.get(3), submitted.get(5));
        assertThat(existing(List.of(withdrawn))).as("withdrawn: nobody's candidate").isEmpty();
        assertThat(number("select count(*) from recruitment_candidate where id = ?", candidates.get(4))).isZero();
        assertThat(number("select count(*) from recruitment_guardian where candidate_id = ?", candidates.get(4))).isZero();
        assertThat(number("select count(*) from recruitment_preference where candidate_id = ?", candidates.get(4))).isZero();
        assertThat(number("select count(*) from recruitment_allocation_result where candidate_id = ?", candidates.get(4))).isZero();
        assertThat(number("select count(*) from recruitment_candidate where id = ?", candidates.get(5))).isEqualTo(1);
        for (int i = 0; i < 4; i++) {
            JsonObject admitted = PARENT.get("/api/portal/recruitment/applications/" + submitted.get(i)).expect(200).obj();
            assertThat(admitted.getJsonObject("outcome").getBoolean("placed")).isTrue();
            assertThat(number("select count(*) from recruitment_guardian where candidate_id = ?", candidates.get(i))).isEqualTo(1);
        }
        PARENT.get("/api/portal/recruitment/applications/" + submitted.get(4)).expect(404);
        PARENT.get("/api/portal/recruitment/applications/" + submitted.get(5)).expect(200);

        List<JsonObject> audit = ADMIN.get("/api/audit?" + Api.query("entityType", "RecruitmentCampaign", "entityId", c.id(), "size", 50))
                .expect(200).rows();
        assertThat(audit).filteredOn(a -> "DELETE".equals(a.getString("action"))).extracting(a -> a.getString("actor") + ": " + a.getString("summary"))
                .containsExactlyInAnyOrder("admin: Retencja danych naboru (nabór zakończony): usunięte szkice wniosków, których nie złożono: 1",
                        "admin: Retencja danych naboru (rok po zakończeniu harmonogramu): usunięci kandydaci nieprzyjęci: 1, usunięte wnioski: 2");

        // once more: the admitted and the appeal stay, nothing else to delete
        retention();
        assertThat(existing(submitted)).hasSize(5);
    }

    @Test
    void onlyTheAdministratorStartsIt() {
        Api.as("referent").post("/api/admin/recruitment/retention", Json.createObjectBuilder().build()).expect(403);
        Api.as("dyrektor.wydzialu").post("/api/admin/recruitment/retention", Json.createObjectBuilder().build()).expect(403);
        PARENT.post("/api/admin/recruitment/retention", Json.createObjectBuilder().build()).expect(403);
    }

    // ------------------------------------------------------------------ helpers

    private static JsonObject retention() {
        return ADMIN.post("/api/admin/recruitment/retention", Json.createObjectBuilder().build()).expect(200).obj();
    }

    private static long draft(long campaign, int child, long first, long second) {
        LocalDate birth = LocalDate.of(2022, 1 + child, 10);
        JsonObject body = Json.createObjectBuilder().add("campaignId", campaign)
                .add("child", Json.createObjectBuilder().add("firstName", "Dziecko" + (char) ('A' + child)).add("lastName", "Retencyjne")
                        .add("birthDate", birth.toString()).add("pesel", RecruitmentEpuapIT.pesel(birth)))
                .add("address", Json.createObjectBuilder().add("locality", "Lublin").add("street", "Zana").add("houseNumber", String.valueOf(10 + child))
                        .add("postalCode", "20-601"))
                .add("guardians", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Ewa Retencyjna").add("phone", "+48 600 100 200")))
                .add("preferences", Json.createArrayBuilder().add(first).add(second))
                .build();
        return PARENT.post("/api/portal/recruitment/applications", body).expect(201).obj().getJsonNumber("id").longValue();
    }

    /** The department's head runs the final allocation; the run once done. */
    private static JsonObject final_(long campaign) {
        long runId = Api.as("kierownik").post("/api/recruitment/campaigns/" + campaign + "/allocations",
                Json.createObjectBuilder().add("mode", "FINAL").build()).expect(202).obj().getJsonNumber("runId").longValue();
        return Epuap.await("allocation run " + runId, Duration.ofSeconds(60),
                () -> Api.as("referent").get("/api/recruitment/allocations/" + runId).expect(200).obj(),
                r -> !"RUNNING".equals(r.getString("status")));
    }

    private static void appeal(long application, String status) throws SQLException {
        update("""
                insert into recruitment_appeal (id, application_id, kind, status, content, filed_at, due_on)
                values (nextval('recruitment_appeal_seq'), ?, 'APPEAL', ?, 'Odwołanie od rozstrzygnięcia komisji', now(), current_date + 7)""",
                application, status);
    }

    /** Moves the campaign's whole timetable so that its last stage ended {@code ago} before now. */
    private static void endTimetable(long campaign, String ago) throws SQLException {
        update("""
                update recruitment_stage s set starts_at = s.starts_at - d.shift, ends_at = s.ends_at - d.shift
                from (select max(ends_at) - (now() - cast(? as interval)) as shift from recruitment_stage where campaign_id = ?) d
                where s.campaign_id = ?""", ago, campaign, campaign);
    }

    private static List<Long> existing(List<Long> applications) throws SQLException {
        List<Long> found = new ArrayList<>();
        for (long id : applications) {
            if (number("select count(*) from recruitment_application where id = ?", id) == 1) {
                found.add(id);
            }
        }
        return found;
    }

    private static Connection connection() throws SQLException {
        return DriverManager.getConnection(System.getProperty(PostgresSessionListener.URL), System.getProperty(PostgresSessionListener.USER),
                System.getProperty(PostgresSessionListener.PASSWORD));
    }

    private static long number(String sql, Object... args) throws SQLException {
        try (Connection c = connection(); PreparedStatement ps = bind(c.prepareStatement(sql), args); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void update(String sql, Object... args) throws SQLException {
        try (Connection c = connection(); PreparedStatement ps = bind(c.prepareStatement(sql), args)) {
            ps.executeUpdate();
        }
    }

    private static PreparedStatement bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }
}
