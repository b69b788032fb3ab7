package pl.edugmina.correspondence.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.correspondence.domain.Correspondence;
import pl.edugmina.correspondence.domain.CorrespondenceAttachment;
import pl.edugmina.correspondence.domain.CorrespondenceEvent;
import pl.edugmina.correspondence.domain.EpuapInbox;
import pl.edugmina.correspondence.domain.InboundDocument;
import pl.edugmina.platform.Page;
import pl.edugmina.registry.domain.Unit;
import pl.edugmina.security.Actor;
import pl.edugmina.security.ActorService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static pl.edugmina.platform.SqlValues.instant;

/**
 * The correspondence register as officials use it: search, the document view (audited: it shows
 * personal data), attachments, assignment of general items, the rejected documents and their retry.
 * The department sees every item; a unit's director and secretariat see items addressed to their unit.
 */
@Stateless
public class CorrespondenceService {

    private static final Pattern JRWA = Pattern.compile("\\d{1,4}");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActorService actors;

    @Inject
    private AuditService audit;

    /** Search filters; null means any. {@code text} matches subject, sender and register number. */
    public record Query(Correspondence.Direction direction, String text, String status, Correspondence.SignatureVerdict verdict,
                        Long unitId, Instant from, Instant to, int first, int pageSize) {
    }

    public record Row(long id, String direction, String number, Instant registeredAt, Instant receivedAt, String senderName,
                      String addresseeName, String unitName, String subject, String jrwa, String status, String formKind,
                      String signatureVerdict) {
    }

    public record AttachmentInfo(long id, String fileName, String mediaType, long sizeBytes, String sha256) {
    }

    public record EventRow(Instant occurredAt, String actor, String kind, String detail) {
    }

    public record Detail(Row row, String senderKind, String senderAddress, String senderEpuap, String replyAddress,
                         String formNamespace, String formId, String assignedTo, String signatureDetail, String signer,
                         Instant signedAt, String signatureLevel, String bodyText, Long unitId, Long inboundDocumentId,
                         String inboxAddress, List<AttachmentInfo> attachments, List<EventRow> history, String channel) {
    }

    public record Rejected(long inboundId, Instant receivedAt, String inboxAddress, String fileName, String sender,
                           long sizeBytes, String reason, int attempts) {
    }

    public record File(String fileName, String mediaType, byte[] content) {
    }

    public Page<Row> search(Query q) {
        Actor me = requireUser();
        StringBuilder where = new StringBuilder(" where 1=1");
        Map<String, Object> params = new HashMap<>();
        if (!me.seesAllUnits()) {
            where.append(" and c.unitId in :scope");
            params.put("scope", me.unitScope().isEmpty() ? List.of(-1L) : me.unitScope());
        }
        if (q.direction() != null) {
            where.append(" and c.direction = :dir");
            params.put("dir", q.direction());
        }
        if (q.text() != null && !q.text().isBlank()) {
            String t = q.text().strip().toLowerCase();
            where.append(" and (lower(c.subject) like :t or lower(c.senderName) like :t or lower(c.addresseeName) like :t");
            params.put("t", "%" + t.replace("%", "\\%").replace("_", "\\_") + "%");
            var m = Pattern.compile("^(\\d+)\\s*/\\s*(\\d{4})$").matcher(t);
            if (m.matches()) {
                where.append(" or (c.regNumber = :num and c.regYear = :year)");
                params.put("num", Integer.valueOf(m.group(1)));
                params.put("year", Integer.valueOf(m.group(2)));
            }
            where.append(")");
        }
        if (q.status() != null && !q.status().isBlank()) {
            where.append(" and c.status = :status");
            params.put("status", q.status());
        }
        if (q.verdict() != null) {
            where.append(" and c.signatureVerdict = :verdict");
            params.put("verdict", q.verdict());
        }
        if (q.unitId() != null) {
            where.append(" and c.unitId = :unit");
            params.put("unit", q.unitId());
        }
        if (q.from() != null) {
            where.append(" and c.registeredAt >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            where.append(" and c.registeredAt < :to");
            params.put("to", q.to());
        }
        TypedQuery<Long> count = em.createQuery("select count(c) from Correspondence c" + where, Long.class);
        TypedQuery<Object[]> rows = em.createQuery("select c, u.shortName, u.name from Correspondence c left join Unit u on u.id = c.unitId"
                + where + " order by c.registeredAt desc, c.id desc", Object[].class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        List<Row> result = rows.setFirstResult(Math.max(0, q.first())).setMaxResults(Math.min(Math.max(1, q.pageSize()), 500))
                .getResultList().stream()
                .map(r -> row((Correspondence) r[0], r[1] != null ? (String) r[1] : (String) r[2]))
                .toList();
        return new Page<>(result, count.getSingleResult());
    }

    /** The document view. Opening it is recorded in the audit log (it shows the sender's data and content). */
    public Detail view(long id) {
        Actor me = requireUser();
        Correspondence c = visible(me, id);
        audit.record(me.login(), AuditAction.VIEW_DOCUMENT, "Correspondence", id, "Wgląd w pismo " + c.registerNumber());
        String unitName = unitName(c.unitId());
        List<AttachmentInfo> attachments = em.createQuery(
                        "select a from CorrespondenceAttachment a where a.correspondenceId = :c order by a.position", CorrespondenceAttachment.class)
                .setParameter("c", id).getResultList().stream()
                .map(a -> new AttachmentInfo(a.id(), a.fileName(), a.mediaType(), a.sizeBytes(), a.sha256())).toList();
        List<EventRow> history = em.createQuery("""
                        select e from CorrespondenceEvent e where e.correspondenceId = :c or (e.inboundDocumentId = :d and e.correspondenceId is null)
                        order by e.occurredAt, e.id""", CorrespondenceEvent.class)
                .setParameter("c", id).setParameter("d", c.inboundDocumentId() == null ? -1L : c.inboundDocumentId())
                .getResultList().stream().map(e -> new EventRow(e.occurredAt(), e.actor(), e.kind(), e.detail())).toList();
        String inbox = c.inboxId() == null ? null : em.find(EpuapInbox.class, c.inboxId()).adresSkrytki();
        return new Detail(row(c, unitName), c.senderKind(), c.senderAddress(), c.senderEpuap(), c.replyAddress(),
                c.formNamespace(), c.formId(), c.assignedTo(), c.signatureDetail(), c.signer(), c.signedAt(),
                c.signatureLevel(), c.bodyText(), c.unitId(), c.inboundDocumentId(), inbox, attachments, history, c.channel());
    }

    public File attachment(long correspondenceId, long attachmentId) {
        Actor me = requireUser();
        visible(me, correspondenceId);
        CorrespondenceAttachment a = em.find(CorrespondenceAttachment.class, attachmentId);
        if (a == null || a.correspondenceId() != correspondenceId) {
            throw new NotFoundException("attachment", attachmentId);
        }
        audit.record(me.login(), AuditAction.VIEW_DOCUMENT, "CorrespondenceAttachment", attachmentId, "Pobranie załącznika " + a.fileName());
        return new File(a.fileName(), a.mediaType() == null ? "application/octet-stream" : a.mediaType(), a.content());
    }

    /** The document exactly as received from ePUAP (signed XML). */
    public File original(long correspondenceId) {
        Actor me = requireUser();
        Correspondence c = visible(me, correspondenceId);
        if (c.inboundDocumentId() == null) {
            throw new NotFoundException("original", correspondenceId);
        }
        InboundDocument d = em.find(InboundDocument.class, c.inboundDocumentId());
        audit.record(me.login(), AuditAction.VIEW_DOCUMENT, "InboundDocument", d.id(), "Pobranie oryginału pisma " + c.registerNumber());
        return new File(d.fileName() == null ? "dokument.xml" : d.fileName(), "application/xml", StoredDocuments.content(em, d.id()));
    }

    /** An official assigns a general item: JRWA class, the unit it concerns and the person handling it. */
    public void assign(long id, String jrwa, Long unitId, String assignee) {
        Actor me = requireUser();
        Correspondence c = visible(me, id);
        List<ValidationException.Violation> errors = new ArrayList<>();
        if (jrwa == null || !JRWA.matcher(jrwa.strip()).matches()) {
            errors.add(new ValidationException.Violation("jrwa", "correspondence.jrwa.invalid"));
        }
        if (unitId != null && em.find(Unit.class, unitId) == null) {
            errors.add(new ValidationException.Violation("unit", "correspondence.unit.unknown"));
        }
        if (unitId != null && !me.canViewCorrespondenceOf(unitId)) {
            throw new AccessDeniedException();
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Map<String, String> before = Map.of("jrwa", String.valueOf(c.jrwa()), "unitId", String.valueOf(c.unitId()),
                "assignedTo", String.valueOf(c.assignedTo()), "status", c.status());
        String who = assignee == null || assignee.isBlank() ? me.login() : assignee.strip();
        c.assign(jrwa.strip(), unitId, who);
        em.persist(new CorrespondenceEvent(id, c.inboundDocumentId(), Instant.now(), me.login(), "ASSIGNED",
                "JRWA " + c.jrwa() + (unitId != null ? ", placówka " + unitName(unitId) : "") + ", prowadzi: " + who));
        audit.recordChange(me.login(), AuditAction.ASSIGN, "Correspondence", id, "Dekretacja pisma " + c.registerNumber(), before,
                Map.of("jrwa", c.jrwa(), "unitId", String.valueOf(c.unitId()), "assignedTo", who, "status", c.status()));
    }

    /** What an answer to an inbound item needs: where it came from and where the answer goes. */
    public record ReplyContext(long id, String registerNumber, String subject, String senderName, String replyAddress,
                               String inboxPodmiot, String inboxAddress, Long inboxId, Long unitId) {
    }

    public ReplyContext replyContext(long id) {
        Actor me = requireUser();
        Correspondence c = visible(me, id);
        if (c.direction() != Correspondence.Direction.IN) {
            throw new NotFoundException("inbound correspondence", id);
        }
        EpuapInbox inbox = c.inboxId() == null ? null : em.find(EpuapInbox.class, c.inboxId());
        return new ReplyContext(id, c.registerNumber(), c.subject(), c.senderName(), c.replyAddress(),
                inbox == null ? null : inbox.podmiot(), inbox == null ? null : inbox.adresSkrytki(),
                inbox == null ? null : inbox.id(), c.unitId());
    }

    /** Documents that could not be read: kept as received, with the reason. */
    public List<Rejected> rejected() {
        Actor me = requireUser();
        var q = em.createNativeQuery("""
                select d.id, d.received_at, coalesce(i.adres_skrytki, 'portal'), d.file_name, d.podmiot_name, octet_length(d.content),
                       d.reject_reason, d.attempts
                from inbound_document d left join epuap_inbox i on i.id = d.inbox_id
                where d.status = 'REJECTED'""" + (me.seesAllUnits() ? "" : " and coalesce(d.unit_id, i.unit_id) in (:scope)")
                + " order by d.received_at desc limit 1000");
        if (!me.seesAllUnits()) {
            q.setParameter("scope", me.unitScope().isEmpty() ? List.of(-1L) : me.unitScope());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new Rejected(((Number) r[0]).longValue(), instant(r[1]), (String) r[2], (String) r[3],
                (String) r[4], ((Number) r[5]).longValue(), (String) r[6], ((Number) r[7]).intValue())).toList();
    }

    /** Puts a rejected document back into processing; returns its id for the service bus to pick up. */
    public long retry(long inboundId) {
        Actor me = requireUser();
        InboundDocument d = visibleDocument(me, inboundId);
        if (d.status() != InboundDocument.Status.REJECTED) {
            throw new NotFoundException("rejected document", inboundId);
        }
        d.retry();
        em.persist(new CorrespondenceEvent(null, inboundId, Instant.now(), me.login(), "RETRY", "Ponowne przetwarzanie na żądanie"));
        audit.record(me.login(), AuditAction.RETRY, "InboundDocument", inboundId, "Ponowne przetwarzanie odrzuconego dokumentu");
        return inboundId;
    }

    public File rejectedOriginal(long inboundId) {
        Actor me = requireUser();
        InboundDocument d = visibleDocument(me, inboundId);
        audit.record(me.login(), AuditAction.VIEW_DOCUMENT, "InboundDocument", inboundId, "Pobranie odrzuconego dokumentu");
        return new File(d.fileName() == null ? "dokument.bin" : d.fileName(), "application/octet-stream", StoredDocuments.content(em, d.id()));
    }

    /** A stored inbound document the caller may see: the department any, a unit those of its own inbox. */
    private InboundDocument visibleDocument(Actor me, long inboundId) {
        InboundDocument d = em.find(InboundDocument.class, inboundId);
        if (d == null) {
            throw new NotFoundException("document", inboundId);
        }
        Long unit = d.unitId() != null || d.inboxId() == null ? d.unitId() : em.find(EpuapInbox.class, d.inboxId()).unitId();
        if (!me.canViewCorrespondenceOf(unit)) {
            throw new AccessDeniedException();
        }
        return d;
    }

    private Actor requireUser() {
        Actor me = actors.current();
        if (!me.canUseCorrespondence()) {
            throw new AccessDeniedException();
        }
        return me;
    }

    private Correspondence visible(Actor me, long id) {
        Correspondence c = em.find(Correspondence.class, id);
        if (c == null) {
            throw new NotFoundException("correspondence", id);
        }
        if (!me.canViewCorrespondenceOf(c.unitId())) {
            throw new AccessDeniedException();
        }
        return c;
    }

    private String unitName(Long unitId) {
        if (unitId == null) {
            return null;
        }
        Unit u = em.find(Unit.class, unitId);
        return u == null ? null : (u.shortName() != null ? u.shortName() : u.name());
    }

    private static Row row(Correspondence c, String unitName) {
        return new Row(c.id(), c.direction().name(), c.registerNumber(), c.registeredAt(), c.receivedAt(), c.senderName(),
                c.addresseeName(), unitName, c.subject(), c.jrwa(), c.status(), c.formKind(),
                c.signatureVerdict() == null ? null : c.signatureVerdict().name());
    }
}
