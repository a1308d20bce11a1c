package vn.khenthuong.decision;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a decision draft must say, checked alike by the service (first refusal) and the page (all at once). */
final class DraftRules {

    static final int MAX_ACHIEVEMENT = 2000;
    static final int MAX_PROPOSAL = 300;

    private DraftRules() {
    }

    /** The refusals by field, in the order the service reports them; empty when the content may be drafted. */
    static Map<String, String> refusals(boolean anyoneChosen, String achievement, String proposalRef) {
        Map<String, String> refusals = new LinkedHashMap<>();
        if (achievement == null || achievement.isBlank()) {
            refusals.put("achievement", "Ghi thành tích được khen thưởng (nội dung Điều 1)");
        } else if (achievement.strip().length() > MAX_ACHIEVEMENT) {
            refusals.put("achievement", "Nội dung thành tích dài quá 2.000 ký tự");
        }
        if (proposalRef != null && proposalRef.strip().length() > MAX_PROPOSAL) {
            refusals.put("proposalRef", "Số, ngày tờ trình dài quá 300 ký tự");
        }
        if (!anyoneChosen) {
            refusals.put("nomineeIds", "Chọn ít nhất một người (tập thể) được đề nghị");
        }
        return refusals;
    }
}
