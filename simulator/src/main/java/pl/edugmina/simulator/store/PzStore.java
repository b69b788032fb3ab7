package pl.edugmina.simulator.store;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import pl.edugmina.contracts.TrustedProfileIdentity.Format;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The simulated Profil Zaufany's state: documents given for signing ({@code epuap_sim.pz_signing}) and
 * simulated logins ({@code epuap_sim.pz_session}). A document is signed or cancelled at most once: the
 * updates only apply to a {@link PzStatus#PENDING} row, so two browsers racing cannot both succeed.
 */
@Stateless
@PermitAll
public class PzStore {

    /** What {@code getSignedDocument} finds: the state and, if signed, the signed bytes. */
    public record SignedDocument(PzStatus status, byte[] signed) {
    }

    private static final String COLUMNS = "id, service, created_at, document, success_url, failure_url, additional_info, "
            + "status, signed_at, cancelled_at, format";

    @Resource(lookup = "java:jboss/datasources/EduGminaDS")
    private DataSource dataSource;

    /** Package-visible for tests that run the SQL against a database of their own. */
    PzStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public PzStore() {
    }

    public void create(String id, TpService service, byte[] document, String successUrl, String failureUrl, String additionalInfo) {
        String sql = "INSERT INTO epuap_sim.pz_signing (id, service, document, success_url, failure_url, additional_info) "
                + "VALUES (?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            ps.setString(2, service.code());
            ps.setBytes(3, document);
            ps.setString(4, successUrl);
            ps.setString(5, failureUrl);
            ps.setString(6, additionalInfo);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Nie można zapisać dokumentu do podpisu: " + e.getMessage(), e);
        }
    }

    /** The document and its state (not the signed result). */
    public Optional<PzSigning> find(String id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM epuap_sim.pz_signing WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(signing(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The state and, if signed, the signed document; empty if there is no such id. */
    public Optional<SignedDocument> signedDocument(String id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT status, signed FROM epuap_sim.pz_signing WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new SignedDocument(PzStatus.valueOf(rs.getString(1)), rs.getBytes(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Stores the signed document if {@code id} is still pending; {@code false} if it is not (or does not exist). */
    public boolean markSigned(String id, byte[] signed, Format format) {
        return update("UPDATE epuap_sim.pz_signing SET status = 'SIGNED', signed = ?, signed_at = now(), format = ? "
                + "WHERE id = ? AND status = 'PENDING'", id, signed, SignatureFormats.code(format));
    }

    /** Cancels {@code id} if it is still pending; {@code false} if it is not (or does not exist). */
    public boolean markCancelled(String id) {
        return update("UPDATE epuap_sim.pz_signing SET status = 'CANCELLED', cancelled_at = now() "
                + "WHERE id = ? AND status = 'PENDING'", id, null, null);
    }

    private boolean update(String sql, String id, byte[] signed, String format) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 0;
            if (signed != null) {
                ps.setBytes(++i, signed);
                ps.setString(++i, format);
            }
            ps.setString(++i, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The newest {@code limit} documents, without content. */
    public List<PzSigningSummary> list(int limit) {
        String sql = "SELECT id, service, status, format, additional_info, created_at, signed_at, cancelled_at, "
                + "octet_length(document) AS size FROM epuap_sim.pz_signing ORDER BY created_at DESC, id LIMIT ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, limit);
            List<PzSigningSummary> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PzSigningSummary(rs.getString("id"), rs.getString("service"), PzStatus.valueOf(rs.getString("status")),
                            rs.getString("format"), rs.getString("additional_info"), rs.getObject("created_at", OffsetDateTime.class),
                            rs.getObject("signed_at", OffsetDateTime.class), rs.getObject("cancelled_at", OffsetDateTime.class),
                            rs.getInt("size")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public void createSession(String tgsid, String givenName, String surname, String pesel, String email) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO epuap_sim.pz_session (tgsid, given_name, surname, pesel, email) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, tgsid);
            ps.setString(2, givenName);
            ps.setString(3, surname);
            ps.setString(4, pesel);
            ps.setString(5, email);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Nie można zapisać sesji: " + e.getMessage(), e);
        }
    }

    public Optional<PzSession> session(String tgsid) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT tgsid, given_name, surname, pesel, email, created_at FROM epuap_sim.pz_session WHERE tgsid = ?")) {
            ps.setString(1, tgsid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new PzSession(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static PzSigning signing(ResultSet rs) throws SQLException {
        return new PzSigning(rs.getString("id"), TpService.ofCode(rs.getString("service")),
                rs.getObject("created_at", OffsetDateTime.class), rs.getBytes("document"), rs.getString("success_url"),
                rs.getString("failure_url"), rs.getString("additional_info"), PzStatus.valueOf(rs.getString("status")),
                rs.getObject("signed_at", OffsetDateTime.class), rs.getObject("cancelled_at", OffsetDateTime.class),
                SignatureFormats.parse(rs.getString("format")).orElse(null));
    }
}
