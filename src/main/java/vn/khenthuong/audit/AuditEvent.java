package vn.khenthuong.audit;

import java.time.Instant;

import vn.khenthuong.kernel.Sha256;

/** One record of the audit log, with the hash that chains it to the record before. */
public record AuditEvent(long id, Instant occurredAt, String actor, String orgCode, String eventType, Long dossierId,
        String payload, String prevHash, String hash) {

    /** SHA-256 over every field but the hash itself, the previous record's hash included. */
    static String hashOf(long id, Instant occurredAt, String actor, String orgCode, String eventType, Long dossierId,
            String payload, String prevHash) {
        String content = String.join("\u001f", Long.toString(id), occurredAt.toString(), actor,
                orgCode == null ? "" : orgCode, eventType, dossierId == null ? "" : dossierId.toString(), payload,
                prevHash);
        return Sha256.hex(content);
    }

    boolean contentMatchesHash() {
        return hash.equals(hashOf(id, occurredAt, actor, orgCode, eventType, dossierId, payload, prevHash));
    }
}
