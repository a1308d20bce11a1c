package vn.khenthuong.validation;

import static vn.khenthuong.validation.RuleText.label;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.Finding;
import vn.khenthuong.dossier.Nominee;
import vn.khenthuong.settings.Settings;

/**
 * Eligibility of collectives: the share of members holding LĐTT (setting per award), and for TT LĐXS
 * at least one CSTĐ cơ sở. The TT LĐXS condition that nobody is disciplined is {@link DisciplineRule}'s.
 */
class CollectiveRule implements DossierRule {

    static final String CODE = "COLLECTIVE";
    static final String TT_LDTT_SHARE = "ttldtt.min-share-ldtt";
    static final String TT_LDXS_SHARE = "ttldxs.min-share-ldtt";

    private final Settings settings;
    private final AwardCatalogue awards;

    CollectiveRule(Settings settings, AwardCatalogue awards) {
        this.settings = settings;
        this.awards = awards;
    }

    @Override
    public List<Finding> check(Dossier dossier, LocalDate decisionDate) {
        boolean advanced = AwardCodes.TT_LDTT.equals(dossier.awardCode());
        boolean excellent = AwardCodes.TT_LDXS.equals(dossier.awardCode());
        if (!advanced && !excellent) {
            return List.of();
        }
        BigDecimal minShare = settings.decimal(advanced ? TT_LDTT_SHARE : TT_LDXS_SHARE, decisionDate);
        String condition = " — điều kiện " + RuleText.awardName(awards, dossier.awardCode());
        String ldtt = RuleText.awardName(awards, AwardCodes.LDTT);
        List<Finding> findings = new ArrayList<>();
        for (Nominee n : dossier.activeNominees()) {
            if (n.isIndividual()) {
                continue;
            }
            if (n.memberCount() == null || n.memberCount() <= 0 || n.ldttCount() == null) {
                findings.add(Finding.error(n.id(), CODE, label(n) + ": thiếu số thành viên hoặc số thành viên đạt "
                        + ldtt + ", chưa kiểm tra được tỷ lệ" + condition));
                continue;
            }
            BigDecimal share = RuleText.share(n.ldttCount(), n.memberCount());
            if (share.compareTo(minShare) < 0) {
                findings.add(Finding.error(n.id(), CODE, label(n) + ": " + n.ldttCount() + "/" + n.memberCount()
                        + " thành viên (" + RuleText.percent(share) + ") đạt " + ldtt + ", cần ít nhất "
                        + RuleText.percent(minShare) + condition));
            }
            if (excellent && (n.cstdcsCount() == null || n.cstdcsCount() < 1)) {
                findings.add(Finding.error(n.id(), CODE, label(n) + ": chưa có thành viên đạt danh hiệu "
                        + RuleText.awardName(awards, AwardCodes.CSTD_CS) + condition));
            }
        }
        return findings;
    }
}
