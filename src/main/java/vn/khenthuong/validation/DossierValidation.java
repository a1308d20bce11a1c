package vn.khenthuong.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.DossierChecks;
import vn.khenthuong.dossier.Finding;
import vn.khenthuong.dossier.StoredFinding;
import vn.khenthuong.kernel.CleanText;
import vn.khenthuong.kernel.VietnamTime;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.registry.AwardRegistry;
import vn.khenthuong.routing.RoutePlanner;
import vn.khenthuong.settings.Settings;

/**
 * Checks dossiers against the law and the award registry, and keeps each dossier's latest findings
 * with the overrides reviewers recorded. Completeness (documents, nominee data) does not depend on a
 * date; eligibility applies the settings in force on the date of the decision.
 */
@Service
public class DossierValidation implements DossierChecks {

    private final List<DossierRule> completenessRules;
    private final List<DossierRule> eligibilityRules;
    private final FindingRepository findings;
    private final Clock clock;

    @Autowired
    DossierValidation(Settings settings, AwardCatalogue awards, AwardRegistry registry, OtherDossiers others,
            RequiredDocuments requiredDocuments, FindingRepository findings, OrganisationService organisations,
            RoutePlanner routes) {
        this(List.of(new RouteRule(organisations, routes, awards),
                        new RequiredDocumentsRule(requiredDocuments),
                        new NomineeDataRule(awards, Clock.system(VietnamTime.ZONE))),
                List.of(new ConsecutiveYearsRule(registry, awards),
                        new ProvincialInitiativeRule(awards),
                        new OneAwardPerAchievementRule(registry, others, awards),
                        new DisciplineRule(awards),
                        new ServiceTimeRule(settings, awards),
                        new DutyRatingRule(awards),
                        new CollectiveRule(settings, awards),
                        new QuotaRule(settings, registry, others, awards)),
                findings, Clock.system(VietnamTime.ZONE));
    }

    DossierValidation(List<DossierRule> completenessRules, List<DossierRule> eligibilityRules,
            FindingRepository findings, Clock clock) {
        this.completenessRules = completenessRules;
        this.eligibilityRules = eligibilityRules;
        this.findings = findings;
        this.clock = clock;
    }

    /** Attachments and nominee data of the dossier. */
    @Override
    public List<Finding> completeness(Dossier d) {
        return run(completenessRules, d, LocalDate.now(clock));
    }

    /** Whether the dossier's active nominees qualify, under the rules in force on {@code decisionDate}. */
    @Override
    public List<Finding> eligibility(Dossier d, LocalDate decisionDate) {
        return run(eligibilityRules, d, decisionDate);
    }

    @Override
    public List<Finding> all(Dossier d, LocalDate decisionDate) {
        List<Finding> all = new ArrayList<>(completeness(d));
        all.addAll(eligibility(d, decisionDate));
        return all;
    }

    /**
     * Replaces the dossier's findings with {@code latest}. Overridden findings stay as they were, and a
     * finding identical (rule, nominee, message) to an overridden one is not stored again.
     */
    @Transactional
    @Override
    public void store(long dossierId, List<Finding> latest) {
        List<StoredFinding> overridden = findings.of(dossierId).stream().filter(f -> f.overriddenBy() != null).toList();
        findings.deleteNotOverridden(dossierId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        latest.stream().distinct()
                .filter(f -> overridden.stream().noneMatch(o -> sameFinding(o, f)))
                .forEach(f -> findings.insert(dossierId, f, now));
    }

    @Override
    public List<StoredFinding> findings(long dossierId) {
        return findings.of(dossierId);
    }

    /** True while an ERROR finding of the dossier is not overridden. */
    public boolean hasBlockingErrors(long dossierId) {
        return findings.countBlocking(dossierId) > 0;
    }

    /** Records that {@code userId} let the dossier pass despite its current errors, and why. */
    @Transactional
    public void overrideErrors(long dossierId, String userId, String reason) {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("Cần người quyết định bỏ qua lỗi");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Cần nêu lý do bỏ qua lỗi kiểm tra hồ sơ");
        }
        findings.overrideErrors(dossierId, userId, CleanText.text(reason),
                OffsetDateTime.now(clock));
    }

    private static List<Finding> run(List<DossierRule> rules, Dossier d, LocalDate date) {
        return rules.stream().flatMap(rule -> rule.check(d, date).stream()).toList();
    }

    private static boolean sameFinding(StoredFinding stored, Finding f) {
        return stored.ruleCode().equals(f.ruleCode()) && Objects.equals(stored.nomineeId(), f.nomineeId())
                && stored.message().equals(f.message());
    }
}
