package vn.khenthuong.validation;

import java.time.OffsetDateTime;

public record StoredFinding(long id, Long nomineeId, String ruleCode, Severity severity, String message,
        OffsetDateTime checkedAt, String overriddenBy, String overrideReason) {
}
