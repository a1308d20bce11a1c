package vn.khenthuong.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import vn.khenthuong.award.Award;
import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.dossier.Nominee;

/** Pieces of the Vietnamese messages of the rules. */
final class RuleText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private RuleText() {
    }

    /** The nominee's name, or its place in the list when the name is missing. */
    static String label(Nominee n) {
        if (n.fullName() != null && !n.fullName().isBlank()) {
            return n.fullName().trim();
        }
        return (n.isIndividual() ? "Cá nhân" : "Tập thể") + " thứ " + n.positionNo();
    }

    static String awardName(AwardCatalogue awards, String code) {
        return awards.find(code).map(Award::name).orElse(code);
    }

    static String date(LocalDate date) {
        return date.format(DATE);
    }

    /** A percentage the Vietnamese way: 46,7%, 50%. */
    static String percent(BigDecimal value) {
        BigDecimal rounded = value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.toPlainString().replace('.', ',') + "%";
    }

    static BigDecimal share(int part, int whole) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
