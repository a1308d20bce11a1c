package vn.khenthuong.statistics;

import java.util.List;

/**
 * How a tally groups the entries (columns of the scoped entries {@code s}), and what it computes over the
 * groups besides the counts: the rank of each area, the subtotal of each fund.
 */
enum Grouping {
    TOTAL(List.of(), ""),
    LEVEL(List.of("s.lvl"), ""),
    AWARD(List.of("s.lvl", "s.award_code"), ""),
    MERIT_KIND(List.of("s.merit_kind"), ""),
    AREA(List.of("s.area"),
            ", rank() over (order by count(*) filter (where s.cur and " + Measure.AWARDS.condition() + ") desc) as rnk"),
    FUNDING(List.of("s.funding_source", "s.award_code"),
            ", sum(count(*) filter (where s.cur and " + Measure.WITH_BONUS.condition() + "))"
                    + " over (partition by s.funding_source) as fund_count"
                    + ", sum(sum(s.bonus_vnd) filter (where s.cur and " + Measure.WITH_BONUS.condition() + "))"
                    + " over (partition by s.funding_source) as fund_money"),
    YEAR(List.of("s.yr"), ""),
    YEAR_LEVEL(List.of("s.yr", "s.lvl"), "");

    private final List<String> columns;
    private final String windows;

    Grouping(List<String> columns, String windows) {
        this.columns = columns;
        this.windows = windows;
    }

    List<String> columns() {
        return columns;
    }

    String windows() {
        return windows;
    }
}
