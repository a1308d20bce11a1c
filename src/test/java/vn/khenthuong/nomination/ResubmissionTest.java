package vn.khenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.khenthuong.audit.AuditEvent;

/** What the unit answered to the last return, as the audit log recorded it. */
class ResubmissionTest {

    private static final Instant T0 = Instant.parse("2026-04-01T02:00:00Z");
    private final List<AuditEvent> events = new ArrayList<>();

    @Test
    void aDossierNeverReturnedHasNoResubmission() {
        event(0, "SUBMITTED", "{}");
        assertThat(Resubmission.lastOf(events)).isEmpty();
    }

    @Test
    void aReturnNotYetAnsweredHasNoResubmission() {
        event(0, "SUBMITTED", "{}");
        event(60, "RETURNED", "{\"comment\":\"Thiếu biên bản\",\"step\":\"Phòng Nội vụ\"}");
        assertThat(Resubmission.lastOf(events)).isEmpty();
    }

    @Test
    void theLastAnsweredReturnWithItsTimeRequestAndAnswer() {
        event(0, "SUBMITTED", "{}");
        event(60, "RETURNED", "{\"comment\":\"Thiếu biên bản\"}");
        event(120, "RESUBMITTED", "{\"response\":\"Đã bổ sung biên bản\"}");
        event(180, "RETURNED", "{\"comment\":\"Sai ngày sinh\"}");
        event(240, "RESUBMITTED", "{\"response\":\"\"}");

        Resubmission last = Resubmission.lastOf(events).orElseThrow();
        assertThat(last.returnedAt()).isEqualTo(T0.plusSeconds(180 * 60));
        assertThat(last.comment()).isEqualTo("Sai ngày sinh");
        assertThat(last.response()).as("nothing written").isNull();
    }

    private void event(long minutes, String type, String payload) {
        events.add(new AuditEvent(events.size() + 1, T0.plusSeconds(minutes * 60), "u", null, type, 7L, payload, "p", "h"));
    }
}
