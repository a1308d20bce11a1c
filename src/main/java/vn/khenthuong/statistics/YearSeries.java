package vn.khenthuong.statistics;

import static vn.khenthuong.statistics.SummaryTables.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Year by year over the chart's years: awards by level, and the two shares provinces report against their
 * targets. Each year links to its own lists.
 */
final class YearSeries {

    static final int CHART_YEARS = 10;
    static final List<AwardLevel> LEVELS = List.of(AwardLevel.STATE, AwardLevel.PROVINCE, AwardLevel.DISTRICT);

    /** One year: bars per level (in {@link #LEVELS} order), the total and the two shares with their targets. */
    record Year(int year, List<Bar> levels, Bar total, Cell.Share small, Cell.Share direct, BigDecimal smallTarget,
            BigDecimal directTarget) {
    }

    private final List<Year> years = new ArrayList<>();

    /**
     * @param byYearAndLevel the YEAR_LEVEL tally of the chart's years, each row with its year's totals
     * @param links          the lists of one year
     * @param targets        year → {small-collective target, direct-worker target} in percent (null when not set)
     */
    YearSeries(Period chartYears, List<TallyRow> byYearAndLevel, IntFunction<DrillDownLinks> links,
            IntFunction<BigDecimal[]> targets) {
        for (int y = chartYears.from().getYear(); y <= chartYears.to().getYear(); y++) {
            String year = Integer.toString(y);
            DrillDownLinks ofYear = links.apply(y);
            List<Bar> bars = new ArrayList<>();
            for (AwardLevel level : LEVELS) {
                long count = byYearAndLevel.stream().filter(r -> year.equals(r.key(0)) && level.name().equals(r.key(1)))
                        .mapToLong(r -> r.count(Measure.AWARDS).current()).sum();
                bars.add(new Bar(level.label(), count, ofYear.to(Slice.of(Measure.AWARDS).level(level))));
            }
            TallyRow all = yearTotals(byYearAndLevel, year);
            BigDecimal[] target = targets.apply(y);
            years.add(new Year(y, bars, new Bar(year, all.count(Measure.AWARDS).current(), ofYear.to(Slice.of(Measure.AWARDS))),
                    share(all, Measure.SMALL_COLLECTIVES, Measure.COLLECTIVES, ofYear),
                    share(all, Measure.DIRECT_WORKERS, Measure.INDIVIDUALS, ofYear), target[0], target[1]));
        }
    }

    /** The years the charts show: ten years ending with the period's last, or the period's years if more. */
    static Period chartYears(Period period) {
        int last = period.to().getYear();
        return Period.years(Math.min(period.from().getYear(), last - CHART_YEARS + 1), last);
    }

    List<Year> years() {
        return years;
    }

    StatTable table() {
        List<StatTable.Row> rows = new ArrayList<>();
        for (Year y : years) {
            List<Cell> row = new ArrayList<>(List.of(text(Integer.toString(y.year()))));
            y.levels().forEach(bar -> row.add(new Cell.Number(bar.value(), bar.link())));
            row.add(new Cell.Number(y.total().value(), y.total().link()));
            row.addAll(List.of(y.small(), new Cell.Percent(y.smallTarget()), y.direct(), new Cell.Percent(y.directTarget())));
            rows.add(new StatTable.Row(row, false));
        }
        List<String> headers = new ArrayList<>(List.of("Năm"));
        LEVELS.forEach(level -> headers.add(level.label()));
        headers.addAll(List.of("Tổng số", "Tỷ lệ tập thể nhỏ", "Mục tiêu", "Tỷ lệ người lao động trực tiếp", "Mục tiêu"));
        return new StatTable("Khen thưởng qua các năm", "Theo năm", headers, rows);
    }

    /** The year's totals, which every row of the year carries (a rollup over its levels). */
    private static TallyRow yearTotals(List<TallyRow> byYearAndLevel, String year) {
        return byYearAndLevel.stream().filter(r -> year.equals(r.key(0))).findFirst().map(r -> r.rollup(Rollup.YEAR))
                .orElse(TallyRow.empty(List.of(year)));
    }

    private static Cell.Share share(TallyRow r, Measure part, Measure whole, DrillDownLinks links) {
        return new Cell.Share(r.count(part).current(), r.count(whole).current(), links.to(Slice.of(part)));
    }
}
