package vn.khenthuong.validation;

import static vn.khenthuong.validation.RuleText.label;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.Finding;
import vn.khenthuong.dossier.Nominee;

/**
 * Eligibility: nobody is awarded while disciplined or under investigation, inspection or an open
 * complaint; a Tập thể lao động xuất sắc has no member disciplined at warning level or above.
 */
class DisciplineRule implements DossierRule {

    static final String CODE = "DISCIPLINE";

    private final AwardCatalogue awards;

    DisciplineRule(AwardCatalogue awards) {
        this.awards = awards;
    }

    @Override
    public List<Finding> check(Dossier dossier, LocalDate decisionDate) {
        List<Finding> findings = new ArrayList<>();
        boolean excellentCollective = AwardCodes.TT_LDXS.equals(dossier.awardCode());
        for (Nominee n : dossier.activeNominees()) {
            if (n.isIndividual() && n.underDiscipline()) {
                findings.add(Finding.error(n.id(), CODE, label(n) + ": đang bị kỷ luật hoặc đang bị xem xét kỷ luật, "
                        + "điều tra, thanh tra, giải quyết khiếu nại — chưa được xét khen thưởng"));
            }
            if (!n.isIndividual() && excellentCollective && n.disciplinedCount() != null && n.disciplinedCount() > 0) {
                findings.add(Finding.error(n.id(), CODE, label(n) + ": có " + n.disciplinedCount()
                        + " thành viên bị kỷ luật từ hình thức cảnh cáo trở lên — điều kiện "
                        + RuleText.awardName(awards, AwardCodes.TT_LDXS)));
            }
        }
        return findings;
    }
}
