package vn.khenthuong.statistics;

import static vn.khenthuong.statistics.SummaryTables.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The figures by award: awards made, proposals forwarded to the State, bonus money by fund. */
final class AwardTables {

    private final FigureCells cells;
    private final Map<String, String> awardNames;
    private final String before;

    /** {@code awardNames}: code → name, in the catalogue's order. */
    AwardTables(FigureCells cells, Map<String, String> awardNames, Period previous) {
        this.cells = cells;
        this.awardNames = awardNames;
        this.before = SummaryTables.capitalised(previous.label());
    }

    StatTable awards(List<TallyRow> byAward, TallyRow total) {
        List<StatTable.Row> rows = new ArrayList<>();
        for (TallyRow r : ordered(byAward, Measure.AWARDS)) {
            AwardLevel level = AwardLevel.of(r.key(0));
            Slice slice = Slice.of(Measure.AWARDS).award(r.key(1));
            rows.add(new StatTable.Row(counts(List.of(text(name(r.key(1))), text(level.label())), r, slice,
                    Measure.INDIVIDUALS, Measure.COLLECTIVES), false));
        }
        rows.add(new StatTable.Row(counts(List.of(text("Tổng cộng"), text("")), total, Slice.of(Measure.AWARDS),
                Measure.INDIVIDUALS, Measure.COLLECTIVES), true));
        return new StatTable("Theo danh hiệu, hình thức khen thưởng", "Theo danh hiệu", List.of("Danh hiệu, hình thức",
                "Cấp", "Cá nhân", "Tập thể", "Tổng số", before, "Tăng, giảm"), rows);
    }

    StatTable forwarded(List<TallyRow> byAward, TallyRow total) {
        List<StatTable.Row> rows = new ArrayList<>();
        for (TallyRow r : ordered(byAward, Measure.FORWARDED)) {
            rows.add(new StatTable.Row(counts(List.of(text(name(r.key(1)))), r, Slice.of(Measure.FORWARDED).award(r.key(1)),
                    Measure.FORWARDED_INDIVIDUALS, Measure.FORWARDED_COLLECTIVES), false));
        }
        rows.add(new StatTable.Row(counts(List.of(text("Tổng cộng")), total, Slice.of(Measure.FORWARDED),
                Measure.FORWARDED_INDIVIDUALS, Measure.FORWARDED_COLLECTIVES), true));
        return new StatTable("Đề nghị cấp Nhà nước khen thưởng", "Trình cấp Nhà nước",
                List.of("Hình thức khen thưởng", "Cá nhân", "Tập thể", "Tổng số", before, "Tăng, giảm"), rows);
    }

    /** Rows (fund, award), ordered by fund, with the fund's subtotal (a rollup in SQL) after its last award. */
    StatTable bonus(List<TallyRow> byFundAndAward, TallyRow total) {
        List<StatTable.Row> rows = new ArrayList<>();
        List<TallyRow> paid = byFundAndAward.stream().filter(r -> r.count(Measure.WITH_BONUS).current() > 0).toList();
        for (int i = 0; i < paid.size(); i++) {
            TallyRow r = paid.get(i);
            Slice fund = Slice.of(Measure.WITH_BONUS).funding(r.key(0));
            rows.add(StatTable.Row.of(text(r.key(0)), text(name(r.key(1))),
                    cells.now(r.count(Measure.WITH_BONUS).current(), fund.award(r.key(1))), cells.money(r.money().current(), fund.award(r.key(1)))));
            if (i == paid.size() - 1 || !paid.get(i + 1).key(0).equals(r.key(0))) {
                TallyRow subtotal = r.rollup(Rollup.FUND);
                rows.add(StatTable.Row.totalOf(text(r.key(0)), text("Cộng"),
                        cells.now(subtotal.count(Measure.WITH_BONUS).current(), fund), cells.money(subtotal.money().current(), fund)));
            }
        }
        rows.add(StatTable.Row.totalOf(text("Tổng cộng"), text(""),
                cells.now(total.count(Measure.WITH_BONUS).current(), Slice.of(Measure.WITH_BONUS)),
                cells.money(total.money().current(), Slice.of(Measure.WITH_BONUS))));
        return new StatTable("Tiền thưởng theo nguồn kinh phí", "Tiền thưởng",
                List.of("Nguồn kinh phí", "Danh hiệu, hình thức", "Số cá nhân, tập thể", "Tiền thưởng (đồng)"), rows);
    }

    /** Individuals, collectives, both, before, change. */
    private List<Cell> counts(List<Cell> labels, TallyRow r, Slice all, Measure individuals, Measure collectives) {
        List<Cell> row = new ArrayList<>(labels);
        row.add(cells.now(r.count(individuals).current(), all.measure(individuals)));
        row.add(cells.now(r.count(collectives).current(), all.measure(collectives)));
        Count count = r.count(all.measure());
        row.add(cells.now(count.current(), all));
        row.add(cells.before(count.previous(), all));
        row.add(new Cell.Change(count.current(), count.previous()));
        return row;
    }

    /** The rows with something in either period, highest level first, then in the catalogue's order. */
    private List<TallyRow> ordered(List<TallyRow> byAward, Measure measure) {
        List<String> catalogue = List.copyOf(awardNames.keySet());
        return byAward.stream().filter(r -> r.count(measure).current() + r.count(measure).previous() > 0)
                .sorted(Comparator.comparing((TallyRow r) -> AwardLevel.of(r.key(0)))
                        .thenComparing(r -> catalogue.indexOf(r.key(1))))
                .toList();
    }

    private String name(String code) {
        return awardNames.getOrDefault(code, code);
    }
}
