package vn.khenthuong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import static vn.khenthuong.validation.Fixtures.awarded;
import static vn.khenthuong.validation.Fixtures.dossier;
import static vn.khenthuong.validation.Fixtures.person;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.Finding;
import vn.khenthuong.registry.AwardRegistry;
import vn.khenthuong.registry.MeritKind;
import vn.khenthuong.registry.RegistryEntry;
import vn.khenthuong.registry.RegistrySource;
import vn.khenthuong.registry.SubjectKind;

class OneAwardPerAchievementRuleTest {

    private static final String AN = "001085000001";
    private static final LocalDate DECISION = LocalDate.of(2026, 4, 1);

    private final Fixtures.OtherDossiersStub others = new Fixtures.OtherDossiersStub();

    @Test
    void awardAlreadyInTheRegistryNamesTheDecision() {
        OneAwardPerAchievementRule rule = rule(Fixtures.registry(awarded(AN, "LDTT", 2025, MeritKind.MERIT)));

        assertThat(rule.check(ldtt(), DECISION)).extracting(Finding::message).containsExactly(
                "Nguyễn Văn An: đã được tặng Lao động tiên tiến năm 2025 (Quyết định số 12/QĐ-UBND ngày 20/12/2025"
                        + " của UBND thành phố Cao Bằng) — mỗi thành tích chỉ được khen thưởng một lần");
    }

    @Test
    void otherYearsAwardsAndOneOffAwardsAreNoDuplicate() {
        OneAwardPerAchievementRule rule = rule(Fixtures.registry(awarded(AN, "LDTT", 2024, MeritKind.MERIT),
                awarded(AN, "CSTD_CS", 2025, MeritKind.MERIT), awarded(AN, "LDTT", 2025, MeritKind.ONE_OFF)));
        assertThat(rule.check(ldtt(), DECISION)).isEmpty();
    }

    @Test
    void theDossiersOwnEntryIsNoDuplicate() {
        RegistryEntry own = new RegistryEntry(1L, SubjectKind.INDIVIDUAL, AN, null, "Nguyễn Văn An", "thhoachung", "LDTT",
                2025, null, null, MeritKind.MERIT, null, null, null, RegistrySource.APPROVAL, 100L, 1L, "x", OffsetDateTime.now());
        assertThat(rule(Fixtures.registry(own)).check(ldtt(), DECISION)).isEmpty();
    }

    @Test
    void proposalInAnotherLiveDossierIsNamed() {
        others.proposals.add(new OtherDossiers.Proposal(55, "HS-2025-0055", false, null, null));
        OneAwardPerAchievementRule rule = rule(Fixtures.registry());

        assertThat(rule.check(ldtt(), DECISION)).extracting(Finding::message).containsExactly(
                "Nguyễn Văn An: đang được đề nghị Lao động tiên tiến năm 2025 trong hồ sơ HS-2025-0055"
                        + " — mỗi thành tích chỉ được khen thưởng một lần");
    }

    @Test
    void oneOffDossiersCollideOnlyWithOverlappingOneOffAchievements() {
        Dossier oneOff = dossier("BK_T", 2025).oneOff(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 10))
                .with(person("Nguyễn Văn An", AN)).build();
        others.proposals.add(new OtherDossiers.Proposal(56, "HS-56", true, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 2)));
        others.proposals.add(new OtherDossiers.Proposal(57, "HS-57", false, null, null));
        RegistryEntry merit = awarded(AN, "BK_T", 2025, MeritKind.MERIT);
        assertThat(rule(Fixtures.registry(merit)).check(oneOff, DECISION)).isEmpty();

        others.proposals.add(new OtherDossiers.Proposal(58, "HS-58", true, LocalDate.of(2025, 8, 10), LocalDate.of(2025, 8, 12)));
        assertThat(rule(Fixtures.registry(merit)).check(oneOff, DECISION)).extracting(Finding::message)
                .singleElement().asString().contains("trong hồ sơ HS-58");
    }

    @Test
    void collectivesAreMatchedByTheirCode() {
        RegistryEntry entry = new RegistryEntry(1L, SubjectKind.COLLECTIVE, null, "thhoachung-toan", "Tổ Toán", "thhoachung",
                "TT_LDTT", 2025, null, null, MeritKind.MERIT, null, null, null, RegistrySource.IMPORT, null, null, "x",
                OffsetDateTime.now());
        Dossier d = dossier("TT_LDTT", 2025)
                .with(Fixtures.collective("Tổ Toán", "thhoachung-toan").members(10, 8, 0, 0)).build();
        assertThat(rule(Fixtures.registry(entry)).check(d, DECISION)).extracting(Finding::message).containsExactly(
                "Tổ Toán: đã được tặng Tập thể lao động tiên tiến năm 2025 (theo sổ theo dõi khen thưởng)"
                        + " — mỗi thành tích chỉ được khen thưởng một lần");
    }

    @Test
    void struckNomineesAreNotChecked() {
        Dossier d = dossier("LDTT", 2025).with(person("Nguyễn Văn An", AN).struck()).build();
        assertThat(rule(Fixtures.registry(awarded(AN, "LDTT", 2025, MeritKind.MERIT))).check(d, DECISION)).isEmpty();
    }

    private OneAwardPerAchievementRule rule(AwardRegistry registry) {
        return new OneAwardPerAchievementRule(registry, others, Fixtures.catalogue());
    }

    private static Dossier ldtt() {
        return dossier("LDTT", 2025).with(person("Nguyễn Văn An", AN)).build();
    }
}
