package vn.khenthuong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import static vn.khenthuong.validation.Fixtures.awarded;
import static vn.khenthuong.validation.Fixtures.dossier;
import static vn.khenthuong.validation.Fixtures.person;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.DutyRating;
import vn.khenthuong.dossier.Finding;
import vn.khenthuong.dossier.InitiativeScope;
import vn.khenthuong.dossier.Severity;
import vn.khenthuong.registry.AwardRegistry;
import vn.khenthuong.registry.MeritKind;

class ConsecutiveYearsRuleTest {

    private static final String AN = "001085000001";
    private static final LocalDate DECISION = LocalDate.of(2026, 4, 1);

    @Test
    void threeConsecutiveYearsOfCstdcsQualifyForProvincialEmulation() {
        ConsecutiveYearsRule rule = rule(Fixtures.registry(awarded(AN, "CSTD_CS", 2023, MeritKind.MERIT),
                awarded(AN, "CSTD_CS", 2024, MeritKind.MERIT), awarded(AN, "CSTD_CS", 2025, MeritKind.MERIT)));
        assertThat(rule.check(cstdt(), DECISION)).isEmpty();
    }

    @Test
    void aGapInTheYearsIsNamed() {
        ConsecutiveYearsRule rule = rule(Fixtures.registry(awarded(AN, "CSTD_CS", 2022, MeritKind.MERIT),
                awarded(AN, "CSTD_CS", 2023, MeritKind.MERIT), awarded(AN, "CSTD_CS", 2025, MeritKind.MERIT)));

        List<Finding> findings = rule.check(cstdt(), DECISION);

        assertThat(findings).extracting(Finding::message).containsExactly(
                "Nguyễn Văn An: chưa đủ 3 năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (thiếu năm 2024)"
                        + " — điều kiện Chiến sĩ thi đua cấp tỉnh");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(findings.get(0).nomineeId()).isEqualTo(7L);
    }

    @Test
    void oneOffAndThematicAwardsDoNotCount() {
        ConsecutiveYearsRule rule = rule(Fixtures.registry(awarded(AN, "CSTD_CS", 2023, MeritKind.MERIT),
                awarded(AN, "CSTD_CS", 2024, MeritKind.ONE_OFF), awarded(AN, "CSTD_CS", 2025, MeritKind.THEMATIC),
                awarded(AN, "LDTT", 2024, MeritKind.MERIT)));

        assertThat(rule.check(cstdt(), DECISION)).extracting(Finding::message).containsExactly(
                "Nguyễn Văn An: chưa đủ 3 năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (thiếu năm 2024, 2025)"
                        + " — điều kiện Chiến sĩ thi đua cấp tỉnh");
    }

    @Test
    void provincialCommendationNeedsTwoYearsOrExcellenceWithInitiatives() {
        AwardRegistry oneYear = Fixtures.registry(awarded(AN, "CSTD_CS", 2025, MeritKind.MERIT));
        ConsecutiveYearsRule rule = rule(oneYear);

        Dossier plain = dossier("BK_T", 2025).with(person("Nguyễn Văn An", AN).rating(DutyRating.HTXS)
                .excellentYears(2).initiatives(1)).build();
        assertThat(rule.check(plain, DECISION)).extracting(Finding::message).containsExactly(
                "Nguyễn Văn An: chưa đủ 2 năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (thiếu năm 2024)"
                        + " và chưa đủ 2 năm liên tục hoàn thành xuất sắc nhiệm vụ với 2 sáng kiến được công nhận"
                        + " — điều kiện Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");

        Dossier excellent = dossier("BK_T", 2025).with(person("Nguyễn Văn An", AN).rating(DutyRating.HTXS)
                .excellentYears(2).initiatives(2)).build();
        assertThat(rule.check(excellent, DECISION)).isEmpty();

        Dossier listed = dossier("BK_T", 2025).with(person("Nguyễn Văn An", AN).rating(DutyRating.HTXS).excellentYears(2)
                .initiative("Dạy học STEM ở vùng cao", InitiativeScope.UNIT, LocalDate.of(2024, 5, 20))
                .initiative("Thư viện xanh", InitiativeScope.DISTRICT, LocalDate.of(2025, 6, 10))).build();
        assertThat(rule.check(listed, DECISION)).as("two listed initiatives, no declared count").isEmpty();

        ConsecutiveYearsRule twoYears = rule(Fixtures.registry(awarded(AN, "CSTD_CS", 2024, MeritKind.MERIT),
                awarded(AN, "CSTD_CS", 2025, MeritKind.MERIT)));
        assertThat(twoYears.check(plain, DECISION)).isEmpty();
    }

    @Test
    void oneOffDossiersCollectivesAndOtherAwardsHaveNoCondition() {
        ConsecutiveYearsRule rule = rule(Fixtures.registry());
        Dossier oneOff = dossier("BK_T", 2025).oneOff(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 2))
                .with(person("Nguyễn Văn An", AN)).build();
        Dossier collective = dossier("BK_T", 2025).with(Fixtures.collective("Tổ Toán", "t1").members(10, 8, 1, 0)).build();
        Dossier ldtt = dossier("LDTT", 2025).with(person("Nguyễn Văn An", AN)).build();
        Dossier struck = dossier("CSTD_T", 2025).with(person("Nguyễn Văn An", AN).struck()).build();

        assertThat(rule.check(oneOff, DECISION)).isEmpty();
        assertThat(rule.check(collective, DECISION)).isEmpty();
        assertThat(rule.check(ldtt, DECISION)).isEmpty();
        assertThat(rule.check(struck, DECISION)).isEmpty();
    }

    private static ConsecutiveYearsRule rule(AwardRegistry registry) {
        return new ConsecutiveYearsRule(registry, Fixtures.catalogue());
    }

    private static Dossier cstdt() {
        return dossier("CSTD_T", 2025).with(person("Nguyễn Văn An", AN).id(7)).build();
    }
}
