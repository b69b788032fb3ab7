package pl.edugmina.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A recruitment campaign open for applications now, for the tests of what comes after the set-up (parents' applications,
 * the commission, results): its timetable around today (applications and verification open now, the later stages
 * after), two classes in each given unit, and criteria: two statutory (1 point each) and two of the council
 * (PRACA 20 points, RODZENSTWO 15 points). Written straight into the database; the set-up itself is tested through its
 * own screens and REST.
 */
public final class RecruitmentFixtures {

    public record OpenCampaign(long id, String name, List<Long> classIds, List<Long> unitIds) {
        /** The {@code k}-th class of the {@code u}-th unit (both from 0). */
        public long classOf(int u, int k) {
            return classIds.get(u * 2 + k);
        }
    }

    private RecruitmentFixtures() {
    }

    public static OpenCampaign openCampaign(String type, int maxPreferences, long... unitIds) {
        try (Connection c = DriverManager.getConnection(System.getProperty(PostgresSessionListener.URL),
                System.getProperty(PostgresSessionListener.USER), System.getProperty(PostgresSessionListener.PASSWORD))) {
            c.setAutoCommit(false);
            long campaign;
            String name = "Nabór testowy " + type + " " + Long.toString(System.nanoTime(), 36);
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into recruitment_campaign (id, type, school_year, name, status, max_preferences, seed, created_by, created_at)
                    values (nextval('recruitment_campaign_seq'), ?, '2027/2028', ?, 'APPLICATIONS', ?, ?, 'test', now()) returning id""")) {
                ps.setString(1, type);
                ps.setString(2, name);
                ps.setInt(3, maxPreferences);
                ps.setString(4, "ziarno-" + System.nanoTime());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    campaign = rs.getLong(1);
                }
            }
            String[][] stages = {{"APPLICATIONS", "-10 days", "+10 days"}, {"VERIFICATION", "-10 days", "+12 days"},
                    {"QUALIFIED_LIST", "+13 days", "+14 days"}, {"CONFIRMATION", "+15 days", "+20 days"},
                    {"ADMITTED_LIST", "+21 days", "+22 days"}, {"APPEALS", "+23 days", "+40 days"}};
            for (String[] s : stages) {
                try (PreparedStatement ps = c.prepareStatement("insert into recruitment_stage (campaign_id, stage, starts_at, ends_at) "
                        + "values (?, ?, now() + cast(? as interval), now() + cast(? as interval))")) {
                    ps.setLong(1, campaign);
                    ps.setString(2, s[0]);
                    ps.setString(3, s[1]);
                    ps.setString(4, s[2]);
                    ps.executeUpdate();
                }
            }
            List<Long> classes = new ArrayList<>();
            List<Long> units = new ArrayList<>();
            for (long unit : unitIds) {
                units.add(unit);
                for (String className : new String[]{"Grupa A", "Grupa B"}) {
                    try (PreparedStatement ps = c.prepareStatement("""
                            insert into recruitment_class (id, campaign_id, unit_id, name, seats) values (nextval('recruitment_class_seq'), ?, ?, ?, 2)
                            returning id""")) {
                        ps.setLong(1, campaign);
                        ps.setLong(2, unit);
                        ps.setString(3, className);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            classes.add(rs.getLong(1));
                        }
                    }
                }
            }
            Object[][] criteria = {{"WIELODZIETNOSC", "STATUTORY", "Wielodzietność rodziny kandydata", "1", "Oświadczenie o wielodzietności"},
                    {"NIEPELNOSPRAWNOSC_KANDYDATA", "STATUTORY", "Niepełnosprawność kandydata", "1", "Orzeczenie o potrzebie kształcenia specjalnego"},
                    {"PRACA", "MUNICIPAL", "Oboje rodzice pracują lub studiują", "20", "Oświadczenie rodziców"},
                    {"RODZENSTWO", "MUNICIPAL", "Rodzeństwo uczęszcza do tej placówki", "15", null}};
            int position = 0;
            for (Object[] k : criteria) {
                try (PreparedStatement ps = c.prepareStatement("insert into recruitment_criterion (campaign_id, code, position, grp, label, points, proof) "
                        + "values (?, ?, ?, ?, ?, cast(? as numeric), ?)")) {
                    ps.setLong(1, campaign);
                    ps.setString(2, (String) k[0]);
                    ps.setInt(3, ++position);
                    ps.setString(4, (String) k[1]);
                    ps.setString(5, (String) k[2]);
                    ps.setString(6, (String) k[3]);
                    ps.setString(7, (String) k[4]);
                    ps.executeUpdate();
                }
            }
            c.commit();
            return new OpenCampaign(campaign, name, classes, units);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
