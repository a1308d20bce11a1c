package vn.khenthuong.statistics;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One cell of a statistics table, shown on the page, in the Excel file and in the PDF report alike. Figures
 * carry the link to the list of awards behind them ({@code link}, null where there is none).
 */
sealed interface Cell {

    @JsonProperty
    String text();

    /** The list of awards behind the figure; null for labels and derived figures. */
    default String link() {
        return null;
    }

    /** A figure (set right-aligned) rather than a label. */
    @JsonIgnore
    default boolean figure() {
        return true;
    }

    record Text(String value) implements Cell {
        @Override
        public String text() {
            return value == null ? "" : value;
        }

        @Override
        public boolean figure() {
            return false;
        }
    }

    /** A count of awards: "1.880". */
    record Number(long value, String link) implements Cell {
        @Override
        public String text() {
            return VietnameseNumbers.count(value);
        }
    }

    /** An amount of đồng: "1.404.000". */
    record Money(long value, String link) implements Cell {
        @Override
        public String text() {
            return VietnameseNumbers.count(value);
        }
    }

    /** A share: "79,06%" of {@code part} in {@code whole}; the link lists the part. */
    record Share(long part, long whole, String link) implements Cell {
        @JsonProperty
        BigDecimal percent() {
            return VietnameseNumbers.percent(part, whole);
        }

        @Override
        public String text() {
            return VietnameseNumbers.percentText(part, whole);
        }
    }

    /** A percentage given as such, e.g. a target: "70,00%". */
    record Percent(BigDecimal value) implements Cell {
        @Override
        public String text() {
            return value == null ? VietnameseNumbers.NONE : VietnameseNumbers.percentText(value);
        }
    }

    /** The change of a count against the previous period: "+14,77%". */
    record Change(long current, long previous) implements Cell {
        @JsonProperty
        BigDecimal percent() {
            return VietnameseNumbers.percent(current - previous, previous);
        }

        @Override
        public String text() {
            return VietnameseNumbers.changeText(current, previous);
        }
    }

    /** The change of a share in percentage points: "+3,35 điểm %". */
    record Points(BigDecimal current, BigDecimal previous) implements Cell {
        @Override
        public String text() {
            return VietnameseNumbers.pointsText(current, previous);
        }
    }
}
