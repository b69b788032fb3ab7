package pl.edugmina.simulator.store;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import pl.edugmina.simulator.docs.Receipts;
import pl.edugmina.simulator.docs.Skrot;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the system sent to the simulated ePUAP (WS-Skrytka nadaj/nadajAny, WS-Doręczyciel dorecz). */
@Stateless
@PermitAll
public class OutboxStore {

    public record Content(String nazwaPliku, String typPliku, byte[] zawartosc) {
    }

    /** Result of a pick-up: the UPD message put into the sender's reply inbox. */
    public record PickUp(long sentId, long updMessageId, String adresOdpowiedzi, String nazwaPliku, boolean repeated) {
    }

    /** The addressee cannot pick up this document (not sent by dorecz, or no reply address). */
    @ApplicationException(rollback = true)
    public static class NotDeliverable extends RuntimeException {
        public NotDeliverable(String message) {
            super(message);
        }
    }

    private static final String SUMMARY = "id, channel, podmiot, adres_skrytki, adres_odpowiedzi, nazwa_pliku, typ_pliku, "
            + "octet_length(zawartosc) AS rozmiar, identyfikator_dokumentu, identyfikator_upp, identyfikator_zlecenia, "
            + "identyfikator_sprawy, termin_doreczenia, received_at, picked_up_at, upd_message_id";

    @Resource(lookup = "java:jboss/datasources/EduGminaDS")
    private DataSource dataSource;

    @EJB
    private InboxStore inbox;

    /** A fresh number for ePUAP-side identifiers (document, UPP, delivery order). */
    public long nextIdentifier() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT nextval('epuap_sim.identyfikator')");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public long insert(NewOutbound d) {
        String sql = "INSERT INTO epuap_sim.outbound_document (channel, podmiot, adres_skrytki, adres_odpowiedzi, czy_probne, "
                + "nazwa_pliku, typ_pliku, zawartosc, dane_dodatkowe, identyfikator_dokumentu, identyfikator_upp, "
                + "identyfikator_zlecenia, termin_doreczenia, identyfikator_sprawy, identyfikator_dokumentu_nadawcy) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 0;
            ps.setString(++i, d.channel());
            ps.setString(++i, d.podmiot());
            ps.setString(++i, d.adresSkrytki());
            ps.setString(++i, d.adresOdpowiedzi());
            ps.setBoolean(++i, d.czyProbne());
            ps.setString(++i, d.nazwaPliku());
            ps.setString(++i, d.typPliku());
            ps.setBytes(++i, d.zawartosc());
            if (d.daneDodatkowe() == null) {
                ps.setNull(++i, Types.BINARY);
            } else {
                ps.setBytes(++i, d.daneDodatkowe());
            }
            ps.setString(++i, d.identyfikatorDokumentu());
            ps.setString(++i, d.identyfikatorUpp());
            ps.setString(++i, d.identyfikatorZlecenia());
            ps.setObject(++i, d.terminDoreczenia());
            ps.setString(++i, d.identyfikatorSprawy());
            ps.setString(++i, d.identyfikatorDokumentuNadawcy());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Nie można zapisać nadanego dokumentu: " + e.getMessage(), e);
        }
    }

    /** Newest first; {@code channel} null or blank = both. */
    public List<SentDocument> list(String channel, int limit) {
        boolean all = channel == null || channel.isBlank();
        String sql = "SELECT " + SUMMARY + " FROM epuap_sim.outbound_document"
                + (all ? "" : " WHERE channel = ?") + " ORDER BY id DESC LIMIT ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 0;
            if (!all) {
                ps.setString(++i, channel);
            }
            ps.setInt(++i, limit);
            List<SentDocument> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(summary(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public Optional<SentDocument> summary(long id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + SUMMARY + " FROM epuap_sim.outbound_document WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(summary(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public Optional<Content> content(long id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT nazwa_pliku, typ_pliku, zawartosc FROM epuap_sim.outbound_document WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Content(rs.getString(1), rs.getString(2), rs.getBytes(3))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * The addressee picks up a document sent by {@code dorecz}: an UPD goes into the inbox given as
     * {@code adresOdpowiedzi} of that call, in the same transaction as the pick-up is recorded. A second
     * pick-up changes nothing and returns the first one's UPD. Empty if there is no such document.
     */
    public Optional<PickUp> pickUp(long id) {
        try (Connection c = dataSource.getConnection()) {
            String channel;
            String podmiot;
            String adresSkrytki;
            String adresOdpowiedzi;
            String nazwaPliku;
            byte[] zawartosc;
            String identyfikatorDokumentu;
            String identyfikatorZlecenia;
            try (PreparedStatement ps = c.prepareStatement("SELECT channel, podmiot, adres_skrytki, adres_odpowiedzi, nazwa_pliku, "
                    + "zawartosc, identyfikator_dokumentu, identyfikator_zlecenia, upd_message_id "
                    + "FROM epuap_sim.outbound_document WHERE id = ? FOR UPDATE")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    channel = rs.getString(1);
                    podmiot = rs.getString(2);
                    adresSkrytki = rs.getString(3);
                    adresOdpowiedzi = rs.getString(4);
                    nazwaPliku = rs.getString(5);
                    zawartosc = rs.getBytes(6);
                    identyfikatorDokumentu = rs.getString(7);
                    identyfikatorZlecenia = rs.getString(8);
                    long upd = rs.getLong(9);
                    if (!rs.wasNull()) {
                        return Optional.of(new PickUp(id, upd, adresOdpowiedzi, "UPD-" + identyfikatorZlecenia + ".xml", true));
                    }
                }
            }
            if (!"dorecz".equals(channel)) {
                throw new NotDeliverable("Dokument " + id + " nadano przez WS-Skrytka (nadaj): za jego odbiór nie wystawia się UPD");
            }
            Optional<Addresses.Address> reply = Addresses.parse(adresOdpowiedzi);
            if (reply.isEmpty()) {
                throw new NotDeliverable("Dokument " + id + " nie ma poprawnego adresu odpowiedzi, na który miałoby trafić UPD");
            }
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
            String fileName = "UPD-" + identyfikatorZlecenia + ".xml";
            byte[] upd = Receipts.upd(new Receipts.Upd(identyfikatorDokumentu, identyfikatorZlecenia, now, adresSkrytki,
                    podmiot, nazwaPliku, zawartosc));
            long updId = inbox.insert(List.of(new NewInboxMessage(adresOdpowiedzi, reply.get().nazwa(),
                    new Party("EPUAP", "P", null, "ePUAP (symulator)", null, null, true), null, "ePUAP",
                    null, false, null, fileName, "text/xml", upd, Skrot.of(upd), "upd"))).get(0);
            try (PreparedStatement u = c.prepareStatement(
                    "UPDATE epuap_sim.outbound_document SET picked_up_at = ?, upd_message_id = ? WHERE id = ?")) {
                u.setObject(1, now);
                u.setLong(2, updId);
                u.setLong(3, id);
                u.executeUpdate();
            }
            return Optional.of(new PickUp(id, updId, adresOdpowiedzi, fileName, false));
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static SentDocument summary(ResultSet rs) throws SQLException {
        long upd = rs.getLong("upd_message_id");
        Long updId = rs.wasNull() ? null : upd;
        return new SentDocument(rs.getLong("id"), rs.getString("channel"), rs.getString("podmiot"),
                rs.getString("adres_skrytki"), rs.getString("adres_odpowiedzi"), rs.getString("nazwa_pliku"),
                rs.getString("typ_pliku"), rs.getInt("rozmiar"), rs.getString("identyfikator_dokumentu"),
                rs.getString("identyfikator_upp"), rs.getString("identyfikator_zlecenia"),
                rs.getString("identyfikator_sprawy"), rs.getObject("termin_doreczenia", OffsetDateTime.class),
                rs.getObject("received_at", OffsetDateTime.class), rs.getObject("picked_up_at", OffsetDateTime.class), updId);
    }
}
