package vn.khenthuong.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.khenthuong.organisation.OrgKind;
import vn.khenthuong.organisation.Organisation;

/** The Cao Bằng 2017 mix as the tallies would give it, made into a report without a database. */
final class SampleReport {

    static final Organisation CAO_BANG = new Organisation("caobang", "Tỉnh Cao Bằng", OrgKind.PROVINCE, null, "Cao Bằng");

    private SampleReport() {
    }

    static StatisticsReport caoBang2017() {
        Selection selection = new Selection(Period.year(2017), CAO_BANG, null);
        Period previous = selection.period().previous();
        DrillDownLinks links = new DrillDownLinks(selection);
        FigureCells cells = new FigureCells(links, links.forPeriod(previous));
        TallyRow province = row(List.of("PROVINCE"), 1111, 542, 769, 608, 938, 420, 700, 530, 0, 2_600_000_000L);
        TallyRow total = row(List.of(), 1111, 542, 769, 608, 938, 420, 700, 530, 47, 2_600_000_000L);
        List<TallyRow> byAward = List.of(row(List.of("PROVINCE", "BK_T"), 1111, 542, 600, 480, 938, 420, 560, 430, 0, 2_600_000_000L),
                row(List.of("PROVINCE", "TT_LDXS"), 0, 0, 169, 128, 0, 0, 140, 100, 0, 0),
                row(List.of("STATE", "HC_LD"), 0, 0, 0, 0, 0, 0, 0, 0, 47, 0));
        Map<String, String> names = new LinkedHashMap<>();
        names.put("TT_LDXS", "Tập thể lao động xuất sắc");
        names.put("BK_T", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
        names.put("HC_LD", "Huân chương Lao động");
        SummaryTables summary = new SummaryTables(cells, selection.period(), previous);
        AwardTables awards = new AwardTables(cells, names, previous);
        TallyRow fund = new TallyRow(List.of("Quỹ thi đua, khen thưởng tỉnh", "BK_T"), total.counts(), total.money(), 0,
                Map.of(Rollup.FUND, total));
        Period chart = YearSeries.chartYears(selection.period());
        YearSeries years = new YearSeries(chart, List.of(), y -> links.forPeriod(Period.year(y)),
                y -> new BigDecimal[] {new BigDecimal("70"), new BigDecimal("40")});
        List<StatTable> tables = new ArrayList<>(List.of(summary.summary(total, List.of()), summary.levels(List.of(province), total),
                awards.awards(byAward, total), awards.forwarded(byAward, total), awards.bonus(List.of(fund), total),
                years.table()));
        return new StatisticsReport(selection, previous, ReportSummary.sentences(selection, previous, total, List.of(province)),
                tables, years.years(), List.of());
    }

    /** A tally row: individuals (of which direct workers) and collectives (of which small) now and before. */
    static TallyRow row(List<String> key, long individuals, long direct, long collectives, long small, long individualsBefore,
            long directBefore, long collectivesBefore, long smallBefore, long forwarded, long money) {
        Map<Measure, Count> counts = new EnumMap<>(Measure.class);
        counts.put(Measure.AWARDS, new Count(individuals + collectives, individualsBefore + collectivesBefore));
        counts.put(Measure.INDIVIDUALS, new Count(individuals, individualsBefore));
        counts.put(Measure.DIRECT_WORKERS, new Count(direct, directBefore));
        counts.put(Measure.COLLECTIVES, new Count(collectives, collectivesBefore));
        counts.put(Measure.SMALL_COLLECTIVES, new Count(small, smallBefore));
        counts.put(Measure.FORWARDED, new Count(forwarded, 0));
        counts.put(Measure.FORWARDED_COLLECTIVES, new Count(forwarded, 0));
        counts.put(Measure.WITH_BONUS, new Count(money > 0 ? individuals : 0, 0));
        return new TallyRow(key, counts, new Count(money, 0), 0, Map.of());
    }
}
