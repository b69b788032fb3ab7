package pl.edugmina.simulator.store;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The simulated ePUAP inboxes (skrytki): FIFO queues per {@code adres_skrytki}, ordered by id.
 * A message stays at the head until it is confirmed ({@code confirmed_at} set); confirmed messages are
 * kept (for idempotent re-confirmation and for the statistics) until the inbox is emptied.
 */
@Stateless
@PermitAll
public class InboxStore {

    public enum ConfirmOutcome {
        /** the head had this skrot and is now confirmed */
        CONFIRMED,
        /** a message with this skrot was confirmed before: nothing to do */
        ALREADY_CONFIRMED,
        /** a waiting message has this skrot, but it is not the head of the queue */
        NOT_HEAD,
        /** no message of this inbox has this skrot */
        UNKNOWN
    }

    public record Stats(long waiting, long confirmed, long total) {
    }

    private static final String COLUMNS = "id, adres_skrytki, nazwa_skrytki, podmiot_identyfikator, podmiot_typ_osoby, "
            + "podmiot_imie_skrot, podmiot_nazwisko_nazwa, podmiot_pesel, podmiot_regon, podmiot_zgoda, nadawca_uzytkownik, "
            + "nadawca_system, data_nadania, adres_odpowiedzi, czy_testowe, dane_dodatkowe, nazwa_pliku, typ_pliku, "
            + "zawartosc, skrot, kind, confirmed_at";

    @Resource(lookup = "java:jboss/datasources/EduGminaDS")
    private DataSource dataSource;

    /** Inserts the messages in their order (so in this order they will be fetched); returns their ids. */
    public List<Long> insert(List<NewInboxMessage> messages) {
        String sql = "INSERT INTO epuap_sim.inbox_message (adres_skrytki, nazwa_skrytki, podmiot_identyfikator, "
                + "podmiot_typ_osoby, podmiot_imie_skrot, podmiot_nazwisko_nazwa, podmiot_pesel, podmiot_regon, podmiot_zgoda, "
                + "nadawca_uzytkownik, nadawca_system, adres_odpowiedzi, czy_testowe, dane_dodatkowe, nazwa_pliku, typ_pliku, "
                + "zawartosc, skrot, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
        List<Long> ids = new ArrayList<>(messages.size());
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            // one round trip per row with RETURNING: ids in insertion order, whatever the driver's batching does
            for (NewInboxMessage m : messages) {
                int i = 0;
                ps.setString(++i, m.adresSkrytki());
                ps.setString(++i, m.nazwaSkrytki());
                ps.setString(++i, m.podmiot().identyfikator());
                ps.setString(++i, m.podmiot().typOsoby());
                ps.setString(++i, m.podmiot().imieSkrot());
                ps.setString(++i, m.podmiot().nazwiskoNazwa());
                ps.setString(++i, m.podmiot().pesel());
                ps.setString(++i, m.podmiot().regon());
                ps.setBoolean(++i, m.podmiot().zgoda());
                ps.setString(++i, m.uzytkownik());
                ps.setString(++i, m.system());
                ps.setString(++i, m.adresOdpowiedzi());
                ps.setBoolean(++i, m.czyTestowe());
                if (m.daneDodatkowe() == null) {
                    ps.setNull(++i, Types.BINARY);
                } else {
                    ps.setBytes(++i, m.daneDodatkowe());
                }
                ps.setString(++i, m.nazwaPliku());
                ps.setString(++i, m.typPliku());
                ps.setBytes(++i, m.zawartosc());
                ps.setString(++i, m.skrot());
                ps.setString(++i, m.kind());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Nie można zapisać wiadomości w skrytce: " + e.getMessage(), e);
        }
    }

    /** {@code n} fresh document numbers (for distinct titles), never repeated, also across restarts. */
    public List<Long> nextNumbers(int n) {
        List<Long> out = new ArrayList<>(n);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT nextval('epuap_sim.document_no') FROM generate_series(1, ?)")) {
            ps.setInt(1, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public long waiting(String adresSkrytki) {
        return count("SELECT count(*) FROM epuap_sim.inbox_message WHERE adres_skrytki = ? AND confirmed_at IS NULL", adresSkrytki);
    }

    public Stats stats(String adresSkrytki) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FILTER (WHERE confirmed_at IS NULL), "
                     + "count(*) FILTER (WHERE confirmed_at IS NOT NULL), count(*) FROM epuap_sim.inbox_message WHERE adres_skrytki = ?")) {
            ps.setString(1, adresSkrytki);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Stats(rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * The waiting messages of one inbox in queue order (two parameters, both the address), read through the index
     * {@code inbox_message_waiting} whatever the statistics say. A range on the address rather than an equality, on
     * purpose: with an equality PostgreSQL drops the address from the ORDER BY and may walk the primary key from the
     * first message ever, filtering, past every confirmed one (measured: 11 ms a call with 2,000 confirmed in each
     * of 6 inboxes; 162 million rows read in a 13,000-document intake).
     */
    private static final String WAITING_IN_ORDER =
            "WHERE adres_skrytki >= ? AND adres_skrytki <= ? AND confirmed_at IS NULL ORDER BY adres_skrytki, id";

    /** The head of the queue: the waiting message with the lowest id. Not removed. */
    public Optional<InboxMessage> head(String adresSkrytki) {
        return one("SELECT " + COLUMNS + " FROM epuap_sim.inbox_message " + WAITING_IN_ORDER + " LIMIT 1", adresSkrytki);
    }

    public Optional<InboxMessage> byId(long id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM epuap_sim.inbox_message WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Confirms the head of the queue if its skrot is {@code skrot} (one transaction, the head row locked). */
    public ConfirmOutcome confirm(String adresSkrytki, String skrot) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, skrot FROM epuap_sim.inbox_message "
                    + WAITING_IN_ORDER + " LIMIT 1 FOR UPDATE")) {
                ps.setString(1, adresSkrytki);
                ps.setString(2, adresSkrytki);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getString(2).equals(skrot)) {
                        long id = rs.getLong(1);
                        try (PreparedStatement u = c.prepareStatement(
                                "UPDATE epuap_sim.inbox_message SET confirmed_at = now() WHERE id = ?")) {
                            u.setLong(1, id);
                            u.executeUpdate();
                        }
                        return ConfirmOutcome.CONFIRMED;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT bool_or(confirmed_at IS NULL), bool_or(confirmed_at IS NOT NULL) "
                    + "FROM epuap_sim.inbox_message WHERE adres_skrytki = ? AND skrot = ?")) {
                ps.setString(1, adresSkrytki);
                ps.setString(2, skrot);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return ConfirmOutcome.NOT_HEAD;
                    }
                    return rs.getBoolean(2) ? ConfirmOutcome.ALREADY_CONFIRMED : ConfirmOutcome.UNKNOWN;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Deletes every message of the inbox; returns how many. */
    public int clear(String adresSkrytki) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM epuap_sim.inbox_message WHERE adres_skrytki = ?")) {
            ps.setString(1, adresSkrytki);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private long count(String sql, String adresSkrytki) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, adresSkrytki);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private Optional<InboxMessage> one(String sql, String adresSkrytki) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 1; i <= sql.chars().filter(ch -> ch == '?').count(); i++) {
                ps.setString(i, adresSkrytki);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static InboxMessage map(ResultSet rs) throws SQLException {
        Party p = new Party(rs.getString("podmiot_identyfikator"), rs.getString("podmiot_typ_osoby"),
                rs.getString("podmiot_imie_skrot"), rs.getString("podmiot_nazwisko_nazwa"), rs.getString("podmiot_pesel"),
                rs.getString("podmiot_regon"), rs.getBoolean("podmiot_zgoda"));
        return new InboxMessage(rs.getLong("id"), rs.getString("adres_skrytki"), rs.getString("nazwa_skrytki"), p,
                rs.getString("nadawca_uzytkownik"), rs.getString("nadawca_system"),
                rs.getObject("data_nadania", OffsetDateTime.class), rs.getString("adres_odpowiedzi"),
                rs.getBoolean("czy_testowe"), rs.getBytes("dane_dodatkowe"), rs.getString("nazwa_pliku"),
                rs.getString("typ_pliku"), rs.getBytes("zawartosc"), rs.getString("skrot"), rs.getString("kind"),
                rs.getObject("confirmed_at", OffsetDateTime.class));
    }
}
