package vn.khenthuong.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuditEventTest {

    private static final Instant AT = Instant.parse("2026-11-22T03:00:00.123Z");

    @Test
    void hashCoversEveryFieldAndThePreviousHash() {
        String hash = AuditEvent.hashOf(7, AT, "noivu.tpcb", "tpcb", "STEP_COMPLETED", 42L, "{\"outcome\":\"APPROVE\"}",
                AuditChainHead.GENESIS);
        AuditEvent event = new AuditEvent(7, AT, "noivu.tpcb", "tpcb", "STEP_COMPLETED", 42L, "{\"outcome\":\"APPROVE\"}",
                AuditChainHead.GENESIS, hash);

        assertThat(hash).hasSize(64).matches("[0-9a-f]+");
        assertThat(event.contentMatchesHash()).isTrue();
        assertThat(new AuditEvent(7, AT, "noivu.tpcb", "tpcb", "STEP_COMPLETED", 42L, "{\"outcome\":\"REJECT\"}",
                AuditChainHead.GENESIS, hash).contentMatchesHash()).isFalse();
        assertThat(new AuditEvent(7, AT.plusMillis(1), "noivu.tpcb", "tpcb", "STEP_COMPLETED", 42L,
                "{\"outcome\":\"APPROVE\"}", AuditChainHead.GENESIS, hash).contentMatchesHash()).isFalse();
        assertThat(new AuditEvent(7, AT, "noivu.tk", "tpcb", "STEP_COMPLETED", 42L, "{\"outcome\":\"APPROVE\"}",
                AuditChainHead.GENESIS, hash).contentMatchesHash()).isFalse();
        assertThat(new AuditEvent(7, AT, "noivu.tpcb", "tpcb", "STEP_COMPLETED", 42L, "{\"outcome\":\"APPROVE\"}",
                "1".repeat(64), hash).contentMatchesHash()).isFalse();
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOther() {
        assertThat(AuditEvent.hashOf(1, AT, "ab", "c", "T", null, "{}", AuditChainHead.GENESIS))
                .isNotEqualTo(AuditEvent.hashOf(1, AT, "a", "bc", "T", null, "{}", AuditChainHead.GENESIS));
    }
}
