package vn.khenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.khenthuong.award.Award;
import vn.khenthuong.award.AwardKind;
import vn.khenthuong.award.AwardTarget;
import vn.khenthuong.award.NomineeKind;

/** Uses the settings rows the migrations seed, so the figures below are the ones the application starts with. */
class BonusCalculatorTest {

    private static final LocalDate BEFORE_152 = LocalDate.of(2025, 6, 30);
    private static final LocalDate FROM_152 = LocalDate.of(2025, 7, 1);
    private static final Award BK_T = new Award("BK_T", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", AwardKind.COMMENDATION,
            AwardTarget.BOTH);
    private static final Award GK = new Award("GK", "Giấy khen", AwardKind.COMMENDATION, AwardTarget.BOTH);
    private static final Award LDTT = new Award("LDTT", "Lao động tiên tiến", AwardKind.TITLE, AwardTarget.INDIVIDUAL);
    private static final Award CSTD_CS = new Award("CSTD_CS", "Chiến sĩ thi đua cơ sở", AwardKind.TITLE, AwardTarget.INDIVIDUAL);
    private static final Award TT_LDTT = new Award("TT_LDTT", "Tập thể lao động tiên tiến", AwardKind.TITLE, AwardTarget.COLLECTIVE);
    private static final Award CO_T = new Award("CO_T", "Cờ thi đua của Ủy ban nhân dân tỉnh", AwardKind.TITLE, AwardTarget.COLLECTIVE);

    private static BonusCalculator calculator;

    @BeforeAll
    static void seededSettings() {
        calculator = new BonusCalculator(SeededSettings.load());
    }

    @Test
    void provincialBangKhenUnderDecree152IsOnePointFiveBaseSalaries() {
        // 1.5 × 2,340,000 = 3,510,000, already a multiple of 10,000
        assertThat(calculator.bonus(BK_T, NomineeKind.INDIVIDUAL, FROM_152)).isEqualTo(3_510_000);
        assertThat(calculator.bonus(BK_T, NomineeKind.COLLECTIVE, FROM_152)).isEqualTo(7_020_000);
    }

    @Test
    void provincialBangKhenBeforeDecree152IsOneBaseSalary() {
        assertThat(calculator.bonus(BK_T, NomineeKind.INDIVIDUAL, BEFORE_152)).isEqualTo(2_340_000);
        assertThat(calculator.bonus(BK_T, NomineeKind.COLLECTIVE, BEFORE_152)).isEqualTo(4_680_000);
    }

    @Test
    void roundsUpToTheNextTenThousand() {
        // 0.3 × 2,340,000 = 702,000
        assertThat(calculator.bonus(LDTT, NomineeKind.INDIVIDUAL, FROM_152)).isEqualTo(710_000);
        assertThat(calculator.bonus(GK, NomineeKind.INDIVIDUAL, FROM_152)).isEqualTo(710_000);
        // 2 × 702,000 = 1,404,000
        assertThat(calculator.bonus(GK, NomineeKind.COLLECTIVE, FROM_152)).isEqualTo(1_410_000);
        // 0.8 × 2,340,000 = 1,872,000
        assertThat(calculator.bonus(TT_LDTT, NomineeKind.COLLECTIVE, FROM_152)).isEqualTo(1_880_000);
    }

    @Test
    void collectiveTitlesCarryTheirOwnMultiplierWithoutDoubling() {
        // Cờ thi đua: 8.0 × 2,340,000 for the collective, not 16×
        assertThat(calculator.bonus(CO_T, NomineeKind.COLLECTIVE, FROM_152)).isEqualTo(18_720_000);
    }

    @Test
    void baseSalaryIsTheOneInForceOnTheDecisionDate() {
        assertThat(calculator.bonus(CSTD_CS, NomineeKind.INDIVIDUAL, LocalDate.of(2024, 6, 30))).isEqualTo(1_800_000);
        assertThat(calculator.bonus(CSTD_CS, NomineeKind.INDIVIDUAL, LocalDate.of(2024, 7, 1))).isEqualTo(2_340_000);
    }

    @Test
    void refusesARecipientTheAwardIsNotFor() {
        assertThatThrownBy(() -> calculator.bonus(CO_T, NomineeKind.INDIVIDUAL, FROM_152))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cá nhân");
    }

    @Test
    void roundingKeepsExactMultiplesAndLiftsAnythingAbove() {
        assertThat(BonusCalculator.roundUp(new BigDecimal("3510000"))).isEqualTo(3_510_000);
        assertThat(BonusCalculator.roundUp(new BigDecimal("3510000.01"))).isEqualTo(3_520_000);
        assertThat(BonusCalculator.roundUp(new BigDecimal("3500001"))).isEqualTo(3_510_000);
    }
}
