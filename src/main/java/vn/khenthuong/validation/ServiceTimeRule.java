package vn.khenthuong.validation;

import static vn.khenthuong.validation.RuleText.label;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.Finding;
import vn.khenthuong.dossier.Nominee;
import vn.khenthuong.settings.Settings;

/** Eligibility: LĐTT and CSTĐ cơ sở need a minimum of months of service in the year (setting). */
class ServiceTimeRule implements DossierRule {

    static final String CODE = "SERVICE_TIME";
    static final String MIN_MONTHS = "ldtt.min-months-of-service";
    private static final Set<String> AWARDS = Set.of(AwardCodes.LDTT, AwardCodes.CSTD_CS);

    private final Settings settings;
    private final AwardCatalogue awards;

    ServiceTimeRule(Settings settings, AwardCatalogue awards) {
        this.settings = settings;
        this.awards = awards;
    }

    @Override
    public List<Finding> check(Dossier dossier, LocalDate decisionDate) {
        if (!AWARDS.contains(dossier.awardCode())) {
            return List.of();
        }
        int minMonths = settings.integer(MIN_MONTHS, decisionDate);
        String condition = " — điều kiện " + RuleText.awardName(awards, dossier.awardCode());
        List<Finding> findings = new ArrayList<>();
        for (Nominee n : dossier.activeNominees()) {
            if (!n.isIndividual()) {
                continue;
            }
            if (n.monthsOfService() == null) {
                findings.add(Finding.error(n.id(), CODE, label(n) + ": chưa khai số tháng công tác trong năm "
                        + dossier.periodYear() + condition));
            } else if (n.monthsOfService() < minMonths) {
                findings.add(Finding.error(n.id(), CODE, label(n) + ": có " + n.monthsOfService()
                        + " tháng công tác trong năm " + dossier.periodYear() + ", dưới " + minMonths + " tháng" + condition));
            }
        }
        return findings;
    }
}
