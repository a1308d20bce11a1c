package vn.khenthuong.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Service;

import vn.khenthuong.award.Award;
import vn.khenthuong.award.AwardKind;
import vn.khenthuong.award.NomineeKind;
import vn.khenthuong.settings.Settings;

/**
 * The bonus that goes with an award: multiplier × base salary, both as in force on the decision date,
 * rounded up to the next 10,000 đồng. A collective receiving a commendation (Giấy khen, Bằng khen) gets
 * twice the individual amount; the collective titles (Tập thể lao động tiên tiến, Cờ thi đua...) have
 * their multiplier set for the collective already.
 */
@Service
class BonusCalculator {

    static final String BASE_SALARY = "base-salary";
    static final String MULTIPLIER_PREFIX = "bonus-multiplier.";
    private static final BigDecimal STEP = BigDecimal.valueOf(10_000);
    private static final BigDecimal COLLECTIVE_FACTOR = BigDecimal.valueOf(2);

    private final Settings settings;

    BonusCalculator(Settings settings) {
        this.settings = settings;
    }

    long bonus(Award award, NomineeKind recipient, LocalDate decisionDate) {
        if (!award.target().accepts(recipient)) {
            throw new IllegalArgumentException("Danh hiệu \"" + award.name() + "\" không tặng cho "
                    + recipient.label().toLowerCase(Locale.ROOT));
        }
        BigDecimal amount = settings.decimal(MULTIPLIER_PREFIX + award.code(), decisionDate)
                .multiply(settings.decimal(BASE_SALARY, decisionDate));
        if (recipient == NomineeKind.COLLECTIVE && award.kind() == AwardKind.COMMENDATION) {
            amount = amount.multiply(COLLECTIVE_FACTOR);
        }
        return roundUp(amount);
    }

    static long roundUp(BigDecimal amount) {
        return amount.divide(STEP, 0, RoundingMode.CEILING).multiply(STEP).longValueExact();
    }
}
