package vn.khenthuong.decision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.validation.Errors;

/**
 * The form that opens or revises a decision draft, as sent: the ticked nominees' ids as text, so that a
 * refused form comes back exactly as it was, with the errors next to the fields. Field names are those
 * the service names in its refusals ({@code nomineeIds}, {@code achievement}).
 */
class DraftForm {

    private String body;
    private String award;
    private List<String> nomineeIds = new ArrayList<>();
    private String achievement;
    private String proposalRef;

    /** A new draft: everyone waiting is ticked. */
    static DraftForm choosingAll(String body, String award, List<AwardDecision.Recipient> waiting) {
        DraftForm form = new DraftForm();
        form.body = body;
        form.award = award;
        waiting.forEach(r -> form.nomineeIds.add(Long.toString(r.nomineeId())));
        return form;
    }

    /** A returned draft as it stands. */
    static DraftForm of(AwardDecision draft) {
        DraftForm form = choosingAll(draft.issuingBody(), draft.awardCode(), draft.recipients());
        form.achievement = draft.achievement();
        form.proposalRef = draft.proposalRef();
        return form;
    }

    /** The service's request; what is missing or unreadable is rejected on its field (all at once, not one by one). */
    DecisionDrafts.DraftRequest toRequest(Errors errors) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String id : nomineeIds) {
            if (id == null || id.isBlank()) {
                continue;
            }
            try {
                ids.add(Long.valueOf(id.strip()));
            } catch (NumberFormatException e) {
                reject(errors, "nomineeIds", "Danh sách người được chọn không hợp lệ, hãy tải lại trang");
            }
        }
        DraftRules.refusals(!ids.isEmpty(), achievement, blank(proposalRef) ? null : proposalRef)
                .forEach((field, message) -> reject(errors, field, message));
        return new DecisionDrafts.DraftRequest(blank(body) ? null : body.strip(), blank(award) ? null : award.strip(),
                List.copyOf(ids), blank(achievement) ? null : achievement, blank(proposalRef) ? null : proposalRef);
    }

    /** Whether the nominee's box is ticked. */
    public boolean isChosen(long nomineeId) {
        String id = Long.toString(nomineeId);
        return nomineeIds.stream().anyMatch(v -> v != null && v.strip().equals(id));
    }

    /** The form's field for a field the service named ({@code issuingBody} is the form's {@code body}). */
    static String formField(String serviceField) {
        if (serviceField == null) {
            return null;
        }
        return switch (serviceField) {
            case "nomineeIds", "achievement", "proposalRef" -> serviceField;
            case "awardCode" -> "award";
            case "issuingBody" -> "body";
            default -> null;
        };
    }

    /** An error on the field, or on the whole form; a field keeps its first error. */
    static void reject(Errors errors, String field, String message) {
        if (field == null) {
            errors.reject("invalid", message);
        } else if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "invalid", message);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getAward() {
        return award;
    }

    public void setAward(String award) {
        this.award = award;
    }

    public List<String> getNomineeIds() {
        return nomineeIds;
    }

    public void setNomineeIds(List<String> nomineeIds) {
        this.nomineeIds = nomineeIds == null ? new ArrayList<>() : new ArrayList<>(nomineeIds);
    }

    public String getAchievement() {
        return achievement;
    }

    public void setAchievement(String achievement) {
        this.achievement = achievement;
    }

    public String getProposalRef() {
        return proposalRef;
    }

    public void setProposalRef(String proposalRef) {
        this.proposalRef = proposalRef;
    }
}
