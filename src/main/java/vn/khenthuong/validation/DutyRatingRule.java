package vn.khenthuong.validation;

import static vn.khenthuong.validation.RuleText.label;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.DutyRating;
import vn.khenthuong.dossier.Finding;
import vn.khenthuong.dossier.Nominee;

/**
 * Eligibility: LĐTT needs duties completed well or excellently; CSTĐ cơ sở needs that and either
 * excellent completion or at least one recognised initiative.
 */
class DutyRatingRule implements DossierRule {

    static final String CODE = "DUTY_RATING";

    private final AwardCatalogue awards;

    DutyRatingRule(AwardCatalogue awards) {
        this.awards = awards;
    }

    @Override
    public List<Finding> check(Dossier dossier, LocalDate decisionDate) {
        boolean advanced = AwardCodes.LDTT.equals(dossier.awardCode());
        boolean emulation = AwardCodes.CSTD_CS.equals(dossier.awardCode());
        if (!advanced && !emulation) {
            return List.of();
        }
        String condition = " — điều kiện " + RuleText.awardName(awards, dossier.awardCode());
        List<Finding> findings = new ArrayList<>();
        for (Nominee n : dossier.activeNominees()) {
            if (!n.isIndividual()) {
                continue;
            }
            DutyRating rating = n.dutyRating();
            if (rating == null) {
                findings.add(Finding.error(n.id(), CODE, label(n) + ": chưa có kết quả xếp loại mức độ hoàn thành nhiệm vụ" + condition));
            } else if (!rating.atLeastGood()) {
                findings.add(Finding.error(n.id(), CODE, label(n) + ": xếp loại \"" + rating.label()
                        + "\", cần hoàn thành tốt nhiệm vụ trở lên" + condition));
            } else if (emulation && rating != DutyRating.HTXS && n.recognisedInitiatives() < 1) {
                findings.add(Finding.error(n.id(), CODE, label(n)
                        + ": chưa hoàn thành xuất sắc nhiệm vụ và chưa có sáng kiến được công nhận" + condition));
            }
        }
        return findings;
    }
}
