package pl.edugmina.correspondence.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.correspondence.domain.CorrespondenceEvent;
import pl.edugmina.correspondence.domain.PortalLetter;
import pl.edugmina.registry.domain.Unit;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static pl.edugmina.platform.SqlValues.instant;

/**
 * Letters citizens write on the portal and sign with Profil Zaufany. The service bus builds the
 * document and talks to the signing provider; this keeps the letter's state and, once the signed
 * document is back, stores it as an inbound document of channel PORTAL in the same transaction as the
 * letter's new state, so intake registers it like any ePUAP delivery (parse, signature, number). A
 * citizen sees only their own letters; the department and the addressee unit see the register entry.
 */
@Stateless
public class PortalLetters {

    public static final int MAX_SUBJECT = 500;
    public static final int MAX_BODY = 20_000;
    public static final int MAX_NAME = 100;
    public static final int MAX_ADDRESS = 300;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @EJB
    private AuditService audit;

    /** What the citizen typed. {@code unitId} null: the letter goes to the education department itself. */
    public record Draft(Long unitId, String givenName, String surname, String address, String subject, String body) {
    }

    /** A letter as its author sees it; {@code registerNumber} once the register has numbered it. */
    public record View(long id, String token, Instant createdAt, String addresseeName, String subject, String bodyText,
                       PortalLetter.Status status, String failureReason, String signer, Instant completedAt,
                       String registerNumber, Instant registeredAt, String intakeStatus) {
    }

    /** Checks the draft (field violations in the user's language) and names its addressee. */
    public String validate(Draft d, String departmentName) {
        requireCitizen();
        List<ValidationException.Violation> errors = new ArrayList<>();
        required(errors, "givenName", d.givenName(), MAX_NAME);
        required(errors, "surname", d.surname(), MAX_NAME);
        if (d.address() != null && d.address().strip().length() > MAX_ADDRESS) {
            errors.add(new ValidationException.Violation("address", "validation.tooLong", MAX_ADDRESS));
        }
        required(errors, "subject", d.subject(), MAX_SUBJECT);
        required(errors, "body", d.body(), MAX_BODY);
        String addressee = departmentName;
        if (d.unitId() != null) {
            Unit u = em.find(Unit.class, d.unitId());
            if (u == null || (u.activeTo() != null && u.activeTo().isBefore(LocalDate.now()))) {
                errors.add(new ValidationException.Violation("unit", "portal.unit.unknown"));
            } else {
                addressee = u.name();
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return addressee;
    }

    private static void required(List<ValidationException.Violation> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new ValidationException.Violation(field, "validation.required"));
        } else if (value.strip().length() > max) {
            errors.add(new ValidationException.Violation(field, "validation.tooLong", max));
        }
    }

    /** Records a letter about to be sent to signing; {@code document} is the unsigned XML. */
    public long create(Draft d, String addresseeName, byte[] document, String token) {
        Actor me = requireCitizen();
        PortalLetter l = new PortalLetter(token, me.login(), d.unitId(), addresseeName, d.subject().strip(), d.body().strip(),
                d.givenName().strip(), d.surname().strip(), d.address() == null || d.address().isBlank() ? null : d.address().strip(),
                document, InboundStore.sha256(document), Instant.now());
        em.persist(l);
        em.flush();
        audit.record(me.login(), AuditAction.CREATE, "PortalLetter", l.id(), "Pismo przez portal: przekazane do podpisu");
        return l.id();
    }

    public void signingAt(long id, String url) {
        PortalLetter l = own(em.find(PortalLetter.class, id));
        l.signingAt(url);
    }

    /** The letter behind a return from the signing provider, if it is the caller's. */
    public PortalLetter byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFoundException("portal letter", "?");
        }
        List<PortalLetter> found = em.createQuery("select l from PortalLetter l where l.token = :t", PortalLetter.class)
                .setParameter("t", token).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("portal letter", token);
        }
        return own(found.get(0));
    }

    public void cancelled(String token) {
        PortalLetter l = lockedByToken(token);
        if (l.status() == PortalLetter.Status.SIGNING) {
            l.cancelled(Instant.now());
        }
    }

    public void failed(String token, String reason) {
        PortalLetter l = lockedByToken(token);
        if (l.status() == PortalLetter.Status.SIGNING) {
            l.failed(Instant.now(), reason);
        }
    }

    /**
     * The signed document is back and acceptable: stores it as an inbound document of channel PORTAL
     * (addressed to the letter's unit, owned by its author) and returns that document's id for the
     * intake to process. Called again for the same letter it returns the same id and stores nothing.
     */
    public long signed(String token, byte[] signedXml, String signer, Instant signedAt) {
        PortalLetter l = lockedByToken(token);
        if (l.status() == PortalLetter.Status.SIGNED) {
            return l.inboundDocumentId();
        }
        Instant now = Instant.now();
        Object id = em.createNativeQuery("""
                INSERT INTO inbound_document (id, inbox_id, channel, unit_id, citizen_login, received_at, sent_at, content_sha256,
                    skrot, file_name, file_type, content, sender_login, sender_system, podmiot_name, test, status)
                VALUES (nextval('inbound_document_seq'), NULL, 'PORTAL', ?1, ?2, ?3, ?4, ?5, ?6, ?7, 'text/xml', ?8, ?2, 'PORTAL', ?9,
                    false, 'RECEIVED')
                RETURNING id
                """)
                .setParameter(1, l.unitId())
                .setParameter(2, l.citizenLogin())
                .setParameter(3, Timestamp.from(now))
                .setParameter(4, Timestamp.from(signedAt == null ? now : signedAt))
                .setParameter(5, InboundStore.sha256(signedXml))
                .setParameter(6, sha1Base64(signedXml))
                .setParameter(7, "pismo-portal-" + l.id() + ".xml")
                .setParameter(8, signedXml)
                .setParameter(9, signer)
                .getSingleResult();
        long inboundId = ((Number) id).longValue();
        l.signed(now, signer, inboundId);
        em.persist(new CorrespondenceEvent(null, inboundId, now, l.citizenLogin(), "RECEIVED",
                "Złożono przez portal; podpisano Profilem Zaufanym (" + signer + ")"));
        audit.record(l.citizenLogin(), AuditAction.UPDATE, "PortalLetter", l.id(), "Pismo przez portal: podpisane i złożone");
        return inboundId;
    }

    /** The caller's letters, newest first, with their register numbers once numbered. */
    public List<View> mine() {
        Actor me = requireCitizen();
        return views(me.login(), null);
    }

    public View mine(long id) {
        Actor me = requireCitizen();
        List<View> v = views(me.login(), id);
        if (v.isEmpty()) {
            throw new NotFoundException("portal letter", id);
        }
        return v.get(0);
    }

    /** The signed document of the caller's own letter (or the unsigned one while it is not signed). */
    public CorrespondenceService.File document(long id) {
        Actor me = requireCitizen();
        PortalLetter l = own(em.find(PortalLetter.class, id));
        byte[] content = l.document();
        String name = "pismo-portal-" + id + (l.status() == PortalLetter.Status.SIGNED ? "-podpisane" : "") + ".xml";
        if (l.inboundDocumentId() != null) {
            content = (byte[]) em.createNativeQuery("select content from inbound_document where id = ?1")
                    .setParameter(1, l.inboundDocumentId()).getSingleResult();
        }
        audit.record(me.login(), AuditAction.VIEW_DOCUMENT, "PortalLetter", id, "Pobranie własnego pisma");
        return new CorrespondenceService.File(name, "application/xml", content);
    }

    private List<View> views(String login, Long onlyId) {
        var q = em.createNativeQuery("""
                select l.id, l.token, l.created_at, l.addressee_name, l.subject, l.body_text, l.status, l.failure_reason, l.signer,
                       l.completed_at, c.reg_number, c.reg_year, c.registered_at, d.status
                from portal_letter l
                left join inbound_document d on d.id = l.inbound_document_id
                left join correspondence c on c.inbound_document_id = d.id
                where l.citizen_login = ?1""" + (onlyId == null ? "" : " and l.id = ?2") + " order by l.created_at desc, l.id desc limit 500")
                .setParameter(1, login);
        if (onlyId != null) {
            q.setParameter(2, onlyId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new View(((Number) r[0]).longValue(), (String) r[1], instant(r[2]), (String) r[3],
                (String) r[4], (String) r[5], PortalLetter.Status.valueOf((String) r[6]), (String) r[7], (String) r[8],
                instant(r[9]), r[10] == null ? null : r[10] + "/" + r[11], instant(r[12]), (String) r[13])).toList();
    }

    private PortalLetter lockedByToken(String token) {
        PortalLetter l = byToken(token);
        em.lock(l, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(l);
        return l;
    }

    private PortalLetter own(PortalLetter l) {
        Actor me = requireCitizen();
        if (l == null) {
            throw new NotFoundException("portal letter", "?");
        }
        if (!l.citizenLogin().equals(me.login())) {
            audit.record(me.login(), AuditAction.ACCESS_DENIED, "PortalLetter", l.id(), "Próba dostępu do cudzego pisma");
            throw new NotFoundException("portal letter", l.id());
        }
        return l;
    }

    private Actor requireCitizen() {
        Actor me = actors.current();
        if (!me.canWritePortalLetters()) {
            throw new AccessDeniedException();
        }
        return me;
    }

    static String sha1Base64(byte[] content) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
