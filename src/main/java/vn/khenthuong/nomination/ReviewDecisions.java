package vn.khenthuong.nomination;

import java.util.Map;

import org.springframework.stereotype.Service;

import vn.khenthuong.audit.AuditLog;
import vn.khenthuong.dossier.DossierLifecycle;
import vn.khenthuong.validation.DossierValidation;

/** What a reviewer's outcome of a step must satisfy, and what it changes on the dossier. */
@Service
class ReviewDecisions {

    private final DossierValidation validation;
    private final DossierLifecycle dossiers;
    private final AuditLog audit;
    private final StepLabels labels;

    ReviewDecisions(DossierValidation validation, DossierLifecycle dossiers, AuditLog audit, StepLabels labels) {
        this.validation = validation;
        this.dossiers = dossiers;
        this.audit = audit;
        this.labels = labels;
    }

    ReviewOutcome record(long dossierId, ReviewStep step, String outcomeValue, String comment, String overrideReason,
            String userId) {
        ReviewOutcome outcome = parse(outcomeValue);
        String stepName = labels.of(step, dossiers.get(dossierId).unitCode());
        if (outcome != ReviewOutcome.APPROVE && isBlank(comment)) {
            throw new ReviewRefusedException(outcome == ReviewOutcome.RETURN
                    ? "Khi trả lại hồ sơ để bổ sung, cần ghi rõ nội dung cần bổ sung"
                    : "Khi từ chối hồ sơ, cần ghi rõ lý do từ chối");
        }
        if (outcome == ReviewOutcome.APPROVE && validation.hasBlockingErrors(dossierId)) {
            if (isBlank(overrideReason)) {
                throw new ReviewRefusedException("Hồ sơ còn lỗi về điều kiện khen thưởng nên chưa thể đồng ý. "
                        + "Hãy trả lại, từ chối, hoặc ghi lý do chấp nhận vượt qua các lỗi này.");
            }
            validation.overrideErrors(dossierId, userId, overrideReason.strip());
            audit.record(userId, "FINDINGS_OVERRIDDEN", dossierId, Map.of("step", stepName,
                    "reason", overrideReason.strip()));
        }
        audit.record(userId, "STEP_COMPLETED", dossierId, Map.of("step", stepName, "outcome", outcome.name(),
                "comment", comment == null ? "" : comment.strip()));
        if (outcome == ReviewOutcome.RETURN) {
            dossiers.markReturned(dossierId, comment.strip(), stepName);
        }
        return outcome;
    }

    private static ReviewOutcome parse(String value) {
        if (value != null) {
            for (ReviewOutcome outcome : ReviewOutcome.values()) {
                if (outcome.name().equals(value)) {
                    return outcome;
                }
            }
        }
        throw new ReviewRefusedException("Chọn kết quả xử lý: Đồng ý, Trả lại để bổ sung hoặc Từ chối");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
