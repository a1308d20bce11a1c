package vn.khenthuong.dossier;

import java.time.OffsetDateTime;

/** A finding kept for a dossier (table {@code finding}); {@code overriddenBy} is set once a reviewer overrode it. */
public record StoredFinding(long id, Long nomineeId, String ruleCode, Severity severity, String message,
        OffsetDateTime checkedAt, String overriddenBy, String overrideReason) {

    public boolean blocking() {
        return severity == Severity.ERROR && overriddenBy == null;
    }
}
