package vn.khenthuong.nomination;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.khenthuong.audit.AuditEvent;

/**
 * The last time the dossier was returned to its unit and what the unit answered when it sent it back,
 * read from the audit log (what the server recorded, not a variable anyone could set).
 */
record Resubmission(Instant returnedAt, String comment, String response) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The last return that the unit has answered by resubmitting, if any. */
    static Optional<Resubmission> lastOf(List<AuditEvent> events) {
        AuditEvent returned = null;
        AuditEvent resubmitted = null;
        for (AuditEvent e : events) {
            if ("RETURNED".equals(e.eventType())) {
                returned = e;
                resubmitted = null;
            } else if ("RESUBMITTED".equals(e.eventType()) && returned != null) {
                resubmitted = e;
            }
        }
        if (returned == null || resubmitted == null) {
            return Optional.empty();
        }
        return Optional.of(new Resubmission(returned.occurredAt(), field(returned, "comment"), field(resubmitted, "response")));
    }

    private static String field(AuditEvent event, String name) {
        try {
            JsonNode value = JSON.readTree(event.payload()).get(name);
            return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }
}
