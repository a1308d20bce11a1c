package vn.khenthuong.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.khenthuong.kernel.VietnameseMoney;

/** Figures written the Vietnamese way: "1.880", "79,06%", "+14,77%", "+3,35 điểm %". */
final class VietnameseNumbers {

    static final String NONE = "—";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private VietnameseNumbers() {
    }

    /** "1.880". */
    static String count(long value) {
        return VietnameseMoney.digits(value);
    }

    /** {@code part} of {@code whole} in percent, two decimals rounded half up; null when the whole is zero. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2,
                RoundingMode.HALF_UP);
    }

    /** "79,06%", or "—" when there is nothing to divide by. */
    static String percentText(long part, long whole) {
        BigDecimal value = percent(part, whole);
        return value == null ? NONE : percentText(value);
    }

    /** "70,00%". */
    static String percentText(BigDecimal percent) {
        return decimal(percent) + "%";
    }

    /** The change from {@code previous} to {@code current} in percent: "+14,77%", "-3,10%", "0,00%"; "—" without a previous value. */
    static String changeText(long current, long previous) {
        BigDecimal value = percent(current - previous, previous);
        return value == null ? NONE : signed(value) + "%";
    }

    /** The change of a share in percentage points: "+3,35 điểm %"; "—" when either share is unknown. */
    static String pointsText(BigDecimal current, BigDecimal previous) {
        return current == null || previous == null ? NONE : signed(current.subtract(previous)) + " điểm %";
    }

    private static String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + decimal(value);
    }

    private static String decimal(BigDecimal value) {
        BigDecimal scaled = value.setScale(2, RoundingMode.HALF_UP);
        String integer = count(scaled.abs().setScale(0, RoundingMode.DOWN).longValueExact());
        String fraction = scaled.abs().toPlainString();
        return (scaled.signum() < 0 ? "-" : "") + integer + "," + fraction.substring(fraction.indexOf('.') + 1);
    }
}
