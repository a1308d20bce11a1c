package vn.khenthuong.statistics;

import static vn.khenthuong.statistics.Measure.AWARDS;
import static vn.khenthuong.statistics.Measure.COLLECTIVES;
import static vn.khenthuong.statistics.Measure.DIRECT_WORKERS;
import static vn.khenthuong.statistics.Measure.INDIVIDUALS;
import static vn.khenthuong.statistics.Measure.SMALL_COLLECTIVES;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How a tally groups the entries (columns of the scoped entries {@code s}), which measures it counts (each is
 * a FILTER over every row, so only those its tables show), whether it sums the bonuses, and which totals over
 * groups it adds with window functions ({@link Rollup}, and the rank of each area).
 */
enum Grouping {
    /**
     * By award, kind of merit and fund, rolled up by award, level, kind of merit, fund and award, fund, and over
     * everything: the summary, levels, awards, forwarded and bonus tables from one scan.
     */
    DETAIL(List.of("s.lvl", "s.award_code", "s.merit_kind", "s.funding_source"), EnumSet.allOf(Measure.class), true,
            List.of(Rollup.AWARD, Rollup.LEVEL, Rollup.ALL, Rollup.MERIT_KIND, Rollup.FUND_AWARD, Rollup.FUND), false),
    AREA(List.of("s.area"), Set.of(AWARDS, INDIVIDUALS, DIRECT_WORKERS, COLLECTIVES, SMALL_COLLECTIVES), false, List.of(), true),
    YEAR_LEVEL(List.of("s.yr", "s.lvl"), Set.of(AWARDS, INDIVIDUALS, DIRECT_WORKERS, COLLECTIVES, SMALL_COLLECTIVES), false,
            List.of(Rollup.YEAR), false);

    private final List<String> columns;
    private final Set<Measure> measures;
    private final boolean money;
    private final List<Rollup> rollups;
    private final boolean ranked;

    Grouping(List<String> columns, Set<Measure> measures, boolean money, List<Rollup> rollups, boolean ranked) {
        this.columns = columns;
        this.measures = measures;
        this.money = money;
        this.rollups = rollups;
        this.ranked = ranked;
    }

    List<String> columns() {
        return columns;
    }

    boolean counts(Measure measure) {
        return measures.contains(measure);
    }

    boolean money() {
        return money;
    }

    List<Rollup> rollups() {
        return rollups;
    }

    /** Whether the groups are ranked by their awards in the period (column {@code rnk}, ties share a rank). */
    boolean ranked() {
        return ranked;
    }
}
