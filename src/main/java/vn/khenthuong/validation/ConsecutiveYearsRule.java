package vn.khenthuong.validation;

import static vn.khenthuong.validation.RuleText.label;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.DutyRating;
import vn.khenthuong.dossier.Finding;
import vn.khenthuong.dossier.Nominee;
import vn.khenthuong.registry.AwardRegistry;
import vn.khenthuong.registry.RegistryEntry;

/**
 * Eligibility: awards that need CSTĐ cơ sở in consecutive years ending with the period year. Only
 * merit (thường xuyên) entries of the registry count: one-off and thematic awards never do. One-off
 * dossiers reward a single feat and have no such condition.
 * <ul>
 * <li>CSTĐ cấp tỉnh: CSTĐ cơ sở in each of the 3 years (its initiative: {@link ProvincialInitiativeRule}).</li>
 * <li>Bằng khen tỉnh, individual: CSTĐ cơ sở in both of the 2 years, or 2 consecutive years of
 * excellent completion (HTXS) with 2 recognised initiatives.</li>
 * </ul>
 */
class ConsecutiveYearsRule implements DossierRule {

    static final String CODE = "CONSECUTIVE_YEARS";
    static final int MIN_EXCELLENT_YEARS = 2;
    static final int MIN_INITIATIVES = 2;

    private final AwardRegistry registry;
    private final AwardCatalogue awards;

    ConsecutiveYearsRule(AwardRegistry registry, AwardCatalogue awards) {
        this.registry = registry;
        this.awards = awards;
    }

    @Override
    public List<Finding> check(Dossier dossier, LocalDate decisionDate) {
        boolean provincialEmulation = AwardCodes.CSTD_T.equals(dossier.awardCode());
        boolean provincialCommendation = AwardCodes.BK_T.equals(dossier.awardCode());
        if (dossier.oneOff() || !(provincialEmulation || provincialCommendation)) {
            return List.of();
        }
        String awardName = RuleText.awardName(awards, dossier.awardCode());
        String cstdcs = RuleText.awardName(awards, AwardCodes.CSTD_CS);
        int yearsNeeded = provincialEmulation ? 3 : 2;
        List<Finding> findings = new ArrayList<>();
        for (Nominee n : dossier.activeNominees()) {
            if (!n.isIndividual() || n.cccd() == null || n.cccd().isBlank()) {
                continue;
            }
            List<Integer> missing = missingYears(n.cccd(), dossier.periodYear(), yearsNeeded);
            if (missing.isEmpty() || (provincialCommendation && excellentWithInitiatives(n))) {
                continue;
            }
            String message = label(n) + ": chưa đủ " + yearsNeeded + " năm liên tục đạt danh hiệu " + cstdcs
                    + " (thiếu năm " + missing.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
            if (provincialCommendation) {
                message += " và chưa đủ " + MIN_EXCELLENT_YEARS + " năm liên tục hoàn thành xuất sắc nhiệm vụ với "
                        + MIN_INITIATIVES + " sáng kiến được công nhận";
            }
            findings.add(Finding.error(n.id(), CODE, message + " — điều kiện " + awardName));
        }
        return findings;
    }

    private List<Integer> missingYears(String cccd, int lastYear, int years) {
        Set<Integer> held = registry.ofIndividual(cccd).stream()
                .filter(e -> AwardCodes.CSTD_CS.equals(e.awardCode()) && e.isMerit())
                .map(RegistryEntry::awardYear).collect(Collectors.toSet());
        return IntStream.rangeClosed(lastYear - years + 1, lastYear).boxed().filter(y -> !held.contains(y)).toList();
    }

    private static boolean excellentWithInitiatives(Nominee n) {
        return n.dutyRating() == DutyRating.HTXS && n.excellentYears() != null && n.excellentYears() >= MIN_EXCELLENT_YEARS
                && n.recognisedInitiatives() >= MIN_INITIATIVES;
    }
}
