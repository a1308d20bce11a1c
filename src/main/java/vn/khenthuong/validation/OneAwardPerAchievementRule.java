package vn.khenthuong.validation;

import static vn.khenthuong.validation.RuleText.label;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.Finding;
import vn.khenthuong.dossier.Nominee;
import vn.khenthuong.registry.AwardRegistry;
import vn.khenthuong.registry.MeritKind;
import vn.khenthuong.registry.RegistryEntry;

/**
 * Eligibility: one achievement earns one award. A nominee must not already hold the award for the
 * period year (registry) nor be proposed for it in another live dossier. Merit dossiers compare with
 * merit awards; a one-off dossier compares with one-off awards whose period overlaps its own, since
 * two different feats of one year may each be rewarded.
 */
class OneAwardPerAchievementRule implements DossierRule {

    static final String CODE = "ONE_AWARD_PER_ACHIEVEMENT";
    private static final String PRINCIPLE = " — mỗi thành tích chỉ được khen thưởng một lần";

    private final AwardRegistry registry;
    private final OtherDossiers others;
    private final AwardCatalogue awards;

    OneAwardPerAchievementRule(AwardRegistry registry, OtherDossiers others, AwardCatalogue awards) {
        this.registry = registry;
        this.others = others;
        this.awards = awards;
    }

    @Override
    public List<Finding> check(Dossier dossier, LocalDate decisionDate) {
        String awardName = RuleText.awardName(awards, dossier.awardCode());
        List<Finding> findings = new ArrayList<>();
        for (Nominee n : dossier.activeNominees()) {
            String key = n.subjectKey();
            if (key == null || key.isBlank()) {
                continue;
            }
            List<OtherDossiers.Proposal> proposals = others
                    .proposing(n.kind(), key, dossier.awardCode(), dossier.periodYear(), dossier.id()).stream()
                    .filter(p -> p.oneOff() == dossier.oneOff()
                            && (!dossier.oneOff() || overlaps(dossier, p.periodFrom(), p.periodTo())))
                    .toList();
            Set<Long> proposalIds = proposals.stream().map(OtherDossiers.Proposal::dossierId).collect(Collectors.toSet());
            List<RegistryEntry> entries = n.isIndividual() ? registry.ofIndividual(key) : registry.ofCollective(key);
            for (RegistryEntry e : entries) {
                boolean fromThisOrListedDossier = e.dossierId() != null
                        && (Objects.equals(e.dossierId(), dossier.id()) || proposalIds.contains(e.dossierId()));
                if (e.awardCode().equals(dossier.awardCode()) && e.awardYear() == dossier.periodYear()
                        && !fromThisOrListedDossier && sameKindOfAchievement(dossier, e)) {
                    findings.add(Finding.error(n.id(), CODE, label(n) + ": đã được tặng " + awardName + " năm "
                            + e.awardYear() + " (" + source(e) + ")" + PRINCIPLE));
                }
            }
            for (OtherDossiers.Proposal p : proposals) {
                String code = p.dossierCode() != null ? p.dossierCode() : "#" + p.dossierId();
                findings.add(Finding.error(n.id(), CODE, label(n) + ": đang được đề nghị " + awardName + " năm "
                        + dossier.periodYear() + " trong hồ sơ " + code + PRINCIPLE));
            }
        }
        return findings;
    }

    private static boolean sameKindOfAchievement(Dossier dossier, RegistryEntry e) {
        if (!dossier.oneOff()) {
            return e.isMerit();
        }
        return e.meritKind() == MeritKind.ONE_OFF && overlaps(dossier, e.periodFrom(), e.periodTo());
    }

    private static boolean overlaps(Dossier dossier, LocalDate from, LocalDate to) {
        if (dossier.periodFrom() == null || dossier.periodTo() == null || from == null || to == null) {
            return false;
        }
        return !dossier.periodFrom().isAfter(to) && !from.isAfter(dossier.periodTo());
    }

    private static String source(RegistryEntry e) {
        if (e.decisionNumber() == null) {
            return "theo sổ theo dõi khen thưởng";
        }
        String text = "Quyết định số " + e.decisionNumber();
        if (e.decisionDate() != null) {
            text += " ngày " + RuleText.date(e.decisionDate());
        }
        if (e.decidedBy() != null) {
            text += " của " + e.decidedBy();
        }
        return text;
    }
}
