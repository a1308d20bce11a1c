package vn.khenthuong.validation;

import static vn.khenthuong.validation.RuleText.label;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.Finding;
import vn.khenthuong.dossier.Initiative;
import vn.khenthuong.dossier.InitiativeScope;
import vn.khenthuong.dossier.Nominee;

/**
 * Eligibility: CSTĐ cấp tỉnh needs, besides three consecutive years of CSTĐ cơ sở
 * ({@link ConsecutiveYearsRule}), an initiative applied with effect and able to spread across the
 * province, or a scientific research accepted and applied with effect at provincial scope (Luật Thi đua,
 * khen thưởng 2022, điểm b khoản 1 Điều 22; the head of the province recognises that effect and scope,
 * khoản 2). Each active person needs a listed initiative recognised at provincial scope or wider on or
 * before the decision date; the message names the narrower or later ones, and a count declared without
 * a list. The attached copy of the recognitions is {@link RequiredDocumentsRule}'s business. One-off
 * dossiers reward a single feat and have no such condition.
 */
class ProvincialInitiativeRule implements DossierRule {

    static final String CODE = "PROVINCIAL_INITIATIVE";
    static final String LEGAL_BASIS = "điểm b khoản 1 Điều 22 Luật Thi đua, khen thưởng năm 2022";
    /** Initiatives named in a message; the finding's message holds at most 2000 characters. */
    static final int NAMED = 3;
    static final int TITLE_LENGTH = 120;

    private final AwardCatalogue awards;

    ProvincialInitiativeRule(AwardCatalogue awards) {
        this.awards = awards;
    }

    @Override
    public List<Finding> check(Dossier dossier, LocalDate decisionDate) {
        if (dossier.oneOff() || !AwardCodes.CSTD_T.equals(dossier.awardCode())) {
            return List.of();
        }
        String condition = " — điều kiện " + RuleText.awardName(awards, dossier.awardCode()) + " theo " + LEGAL_BASIS;
        List<Finding> findings = new ArrayList<>();
        for (Nominee n : dossier.activeNominees()) {
            if (!n.isIndividual()
                    || n.initiatives().stream().anyMatch(i -> i.recognisedAtLeast(InitiativeScope.PROVINCE, decisionDate))) {
                continue;
            }
            findings.add(Finding.error(n.id(), CODE, label(n)
                    + ": chưa có sáng kiến, đề tài khoa học hoặc giải pháp được công nhận hiệu quả áp dụng, phạm vi ảnh hưởng "
                    + InitiativeScope.PROVINCE.word() + " trở lên" + why(n, decisionDate) + condition));
        }
        return findings;
    }

    /** What the person has instead, in brackets; nothing when there is nothing at all. */
    private static String why(Nominee n, LocalDate decisionDate) {
        List<Initiative> listed = n.initiatives();
        if (listed.isEmpty()) {
            return n.recognisedInitiatives() > 0 ? " (đã khai " + n.recognisedInitiatives()
                    + " sáng kiến nhưng chưa kê khai tên, nơi công nhận, ngày công nhận và phạm vi ảnh hưởng)" : "";
        }
        List<String> reasons = new ArrayList<>();
        for (Initiative i : listed.subList(0, Math.min(NAMED, listed.size()))) {
            String what = i.kind().word() + " \"" + shortened(i.title()) + "\"";
            if (!i.scope().atLeast(InitiativeScope.PROVINCE)) {
                reasons.add(what + " chỉ được công nhận phạm vi " + i.scope().word());
            } else {
                reasons.add(what + " được công nhận ngày " + RuleText.date(i.recognisedOn()) + ", sau ngày quyết định "
                        + RuleText.date(decisionDate));
            }
        }
        if (listed.size() > NAMED) {
            reasons.add("và " + (listed.size() - NAMED) + " sáng kiến, đề tài, giải pháp khác cũng chưa đạt");
        }
        return " (" + String.join("; ", reasons) + ")";
    }

    private static String shortened(String title) {
        if (title.codePointCount(0, title.length()) <= TITLE_LENGTH) {
            return title;
        }
        return title.substring(0, title.offsetByCodePoints(0, TITLE_LENGTH - 1)).strip() + "…";
    }
}
