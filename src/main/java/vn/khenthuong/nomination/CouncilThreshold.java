package vn.khenthuong.nomination;

import java.math.BigDecimal;

/**
 * The share of votes in favour a nominee needs, of all members or of those present, read from the
 * setting {@code council-threshold.<award>} written as {@code "90 ALL"} or {@code "50 PRESENT"}.
 */
record CouncilThreshold(BigDecimal percent, Denominator denominator) {

    enum Denominator {
        ALL("tổng số thành viên Hội đồng"), PRESENT("số thành viên có mặt");

        final String label;

        Denominator(String label) {
            this.label = label;
        }
    }

    static CouncilThreshold parse(String setting) {
        String[] parts = setting.trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalStateException("Cấu hình ngưỡng biểu quyết không hợp lệ: " + setting);
        }
        return new CouncilThreshold(new BigDecimal(parts[0]), Denominator.valueOf(parts[1]));
    }

    boolean passes(int inFavour, int membersTotal, int membersPresent) {
        int base = denominator == Denominator.ALL ? membersTotal : membersPresent;
        return BigDecimal.valueOf(inFavour).multiply(BigDecimal.valueOf(100))
                .compareTo(percent.multiply(BigDecimal.valueOf(base))) >= 0;
    }

    String describe() {
        return percent.stripTrailingZeros().toPlainString() + "% " + denominator.label;
    }
}
