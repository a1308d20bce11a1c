package vn.khenthuong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import static vn.khenthuong.validation.Fixtures.AFTER_REFORM;
import static vn.khenthuong.validation.Fixtures.BEFORE_REFORM;
import static vn.khenthuong.validation.Fixtures.dossier;
import static vn.khenthuong.validation.Fixtures.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.Finding;
import vn.khenthuong.dossier.Severity;
import vn.khenthuong.registry.AwardRegistry;
import vn.khenthuong.registry.RegistryEntry;
import vn.khenthuong.settings.Settings;

class QuotaRuleTest {

    private static final LocalDate DECISION = LocalDate.of(2026, 1, 20);

    private final Fixtures.OtherDossiersStub others = new Fixtures.OtherDossiersStub();
    /** 20 LĐTT of the unit in 2025: 15% allows 3 CSTĐ cơ sở. */
    private final AwardRegistry registry = Fixtures.registry(IntStream.rangeClosed(1, 20)
            .mapToObj(i -> Fixtures.unitAward("thhoachung", "LDTT", 2025, i)).toArray(RegistryEntry[]::new));

    @Test
    void exactlyFifteenPercentIsAllowed() {
        others.nominees = 1;
        assertThat(rule(Fixtures.settings()).check(cstdcs(2), DECISION)).isEmpty();
    }

    @Test
    void oneMoreThanFifteenPercentIsRefused() {
        others.nominees = 1;
        List<Finding> findings = rule(Fixtures.settings()).check(cstdcs(3), DECISION);

        assertThat(findings).extracting(Finding::message).containsExactly(
                "Đơn vị đề nghị 4 Chiến sĩ thi đua cơ sở năm 2025 (gồm 1 trong hồ sơ khác), vượt giới hạn 15%"
                        + " của 20 Lao động tiên tiến (tối đa 3)");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(findings.get(0).nomineeId()).isNull();
    }

    @Test
    void struckNomineesDoNotCount() {
        Dossier d = dossier("CSTD_CS", 2025).with(person("A", "001085000001"), person("B", "001085000002"),
                person("C", "001085000003"), person("D", "001085000004").struck()).build();
        assertThat(rule(Fixtures.settings()).check(d, DECISION)).isEmpty();
    }

    @Test
    void withoutLdttInTheRegistryTheQuotaIsAWarning() {
        QuotaRule rule = new QuotaRule(Fixtures.settings(), Fixtures.registry(), others, Fixtures.catalogue());
        List<Finding> findings = rule.check(cstdcs(1), DECISION);

        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(findings.get(0).message()).isEqualTo("Sổ theo dõi khen thưởng chưa có Lao động tiên tiến năm 2025"
                + " của đơn vị: chưa kiểm tra được giới hạn Chiến sĩ thi đua cơ sở (tối đa 15% số Lao động tiên tiến)");
    }

    @Test
    void theShareInForceOnTheDecisionDateApplies() {
        Settings raised = Fixtures.settings(Map.of(QuotaRule.MAX_SHARE, Map.of(AFTER_REFORM, "20")));
        assertThat(rule(raised).check(cstdcs(4), BEFORE_REFORM)).hasSize(1);
        assertThat(rule(raised).check(cstdcs(4), AFTER_REFORM)).isEmpty();
    }

    @Test
    void onlyEmulationFightersOfTheBaseLevelHaveAQuota() {
        Dossier d = dossier("LDTT", 2025).with(IntStream.range(0, 30)
                .mapToObj(i -> person("N" + i, String.format("%012d", i))).toArray(Fixtures.NomineeBuilder[]::new)).build();
        assertThat(rule(Fixtures.settings()).check(d, DECISION)).isEmpty();
    }

    private QuotaRule rule(Settings settings) {
        return new QuotaRule(settings, registry, others, Fixtures.catalogue());
    }

    private static Dossier cstdcs(int nominees) {
        return dossier("CSTD_CS", 2025).with(IntStream.range(0, nominees)
                .mapToObj(i -> person("Người " + i, String.format("%012d", i + 100))).toArray(Fixtures.NomineeBuilder[]::new))
                .build();
    }
}
