package vn.khenthuong.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.Finding;
import vn.khenthuong.registry.AwardRegistry;
import vn.khenthuong.settings.Settings;

/**
 * Eligibility: a unit's CSTĐ cơ sở of a year — the nominees of this dossier and of its other live
 * dossiers — must not exceed a share (setting) of its LĐTT holders of that year in the registry.
 */
class QuotaRule implements DossierRule {

    static final String CODE = "QUOTA";
    static final String MAX_SHARE = "cstdcs.max-share-of-ldtt";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Settings settings;
    private final AwardRegistry registry;
    private final OtherDossiers others;
    private final AwardCatalogue awards;

    QuotaRule(Settings settings, AwardRegistry registry, OtherDossiers others, AwardCatalogue awards) {
        this.settings = settings;
        this.registry = registry;
        this.others = others;
        this.awards = awards;
    }

    @Override
    public List<Finding> check(Dossier dossier, LocalDate decisionDate) {
        if (!AwardCodes.CSTD_CS.equals(dossier.awardCode())) {
            return List.of();
        }
        int here = dossier.activeNominees().size();
        if (here == 0) {
            return List.of();
        }
        int year = dossier.periodYear();
        BigDecimal maxShare = settings.decimal(MAX_SHARE, decisionDate);
        String cstdcs = RuleText.awardName(awards, AwardCodes.CSTD_CS);
        String ldttName = RuleText.awardName(awards, AwardCodes.LDTT);
        int ldtt = registry.count(dossier.unitCode(), AwardCodes.LDTT, year);
        if (ldtt == 0) {
            return List.of(Finding.warning(null, CODE, "Sổ theo dõi khen thưởng chưa có " + ldttName + " năm " + year
                    + " của đơn vị: chưa kiểm tra được giới hạn " + cstdcs + " (tối đa " + RuleText.percent(maxShare)
                    + " số " + ldttName + ")"));
        }
        int elsewhere = others.nominees(dossier.unitCode(), AwardCodes.CSTD_CS, year, dossier.id());
        int total = here + elsewhere;
        if (BigDecimal.valueOf(total).multiply(HUNDRED).compareTo(BigDecimal.valueOf(ldtt).multiply(maxShare)) <= 0) {
            return List.of();
        }
        int allowed = BigDecimal.valueOf(ldtt).multiply(maxShare).divide(HUNDRED, 0, RoundingMode.FLOOR).intValue();
        return List.of(Finding.error(null, CODE, "Đơn vị đề nghị " + total + " " + cstdcs + " năm " + year
                + (elsewhere > 0 ? " (gồm " + elsewhere + " trong hồ sơ khác)" : "") + ", vượt giới hạn "
                + RuleText.percent(maxShare) + " của " + ldtt + " " + ldttName + " (tối đa " + allowed + ")"));
    }
}
