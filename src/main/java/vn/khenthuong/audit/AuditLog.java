package vn.khenthuong.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import vn.khenthuong.organisation.Membership;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.security.EngineUser;

/**
 * The audit log of business events, appended in the transaction of the change it records. Appending
 * locks the chain head, so the records of concurrent transactions are chained in commit order.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final OrganisationService organisations;
    private final EngineUser engineUser;
    private final ObjectMapper json = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    AuditLog(JdbcClient jdbc, OrganisationService organisations, EngineUser engineUser) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.engineUser = engineUser;
    }

    /** Appends an event of {@code actor}, under the organisation they act for. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEvent record(String actor, String eventType, Long dossierId, Map<String, ?> details) {
        String orgCode = organisations.membershipsOf(actor).stream().map(Membership::orgCode).findFirst().orElse(null);
        return append(actor, orgCode, eventType, dossierId, details);
    }

    /** Appends an event of whoever the engine knows is acting (Tasklist, REST), else of the system. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEvent recordForEngineUser(String eventType, Long dossierId, Map<String, ?> details) {
        return record(engineUser.currentOrSystem(), eventType, dossierId, details);
    }

    /** Appends an event; {@code details} becomes its JSON payload (keys sorted, text in NFC). */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEvent append(String actor, String orgCode, String eventType, Long dossierId, Map<String, ?> details) {
        String payload = Normalizer.normalize(toJson(details), Normalizer.Form.NFC);
        Head head = jdbc.sql("select last_id, last_hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        long id = head.lastId() + 1;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String hash = AuditEvent.hashOf(id, now, actor, orgCode, eventType, dossierId, payload, head.lastHash());
        jdbc.sql("""
                insert into audit_event (id, occurred_at, actor, org_code, event_type, dossier_id, payload, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, now.atOffset(ZoneOffset.UTC), actor, orgCode, eventType, dossierId, payload,
                        head.lastHash(), hash)
                .update();
        jdbc.sql("update audit_chain_head set last_id = ?, last_hash = ? where id = 1").params(id, hash).update();
        return new AuditEvent(id, now, actor, orgCode, eventType, dossierId, payload, head.lastHash(), hash);
    }

    public List<AuditEvent> ofDossier(long dossierId) {
        return jdbc.sql("select * from audit_event where dossier_id = ? order by id").param(dossierId)
                .query((rs, n) -> event(rs)).list();
    }

    /** Re-computes the whole chain; the first record whose content or link does not match, if any. */
    @Transactional(readOnly = true)
    public ChainCheck verify() {
        String expectedPrev = AuditChainHead.GENESIS;
        long expectedId = 1;
        long checked = 0;
        for (AuditEvent e : jdbc.sql("select * from audit_event order by id").query((rs, n) -> event(rs)).list()) {
            if (e.id() != expectedId) {
                return ChainCheck.broken(checked, expectedId, "Thiếu bản ghi số " + expectedId + " (bị xóa)");
            }
            if (!e.prevHash().equals(expectedPrev)) {
                return ChainCheck.broken(checked, e.id(), "Bản ghi số " + e.id() + " không nối với bản ghi trước");
            }
            if (!e.contentMatchesHash()) {
                return ChainCheck.broken(checked, e.id(), "Nội dung bản ghi số " + e.id() + " đã bị sửa sau khi ghi");
            }
            expectedPrev = e.hash();
            expectedId++;
            checked++;
        }
        Head head = jdbc.sql("select last_id, last_hash from audit_chain_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        if (head.lastId() != expectedId - 1 || !head.lastHash().equals(expectedPrev)) {
            return ChainCheck.broken(checked, head.lastId(), "Các bản ghi cuối của nhật ký đã bị xóa");
        }
        return ChainCheck.intact(checked);
    }

    private String toJson(Map<String, ?> details) {
        try {
            return json.writeValueAsString(details == null ? Map.of() : details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static AuditEvent event(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("org_code"), rs.getString("event_type"),
                (Long) rs.getObject("dossier_id"), rs.getString("payload"), rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    private record Head(long lastId, String lastHash) {
    }
}
