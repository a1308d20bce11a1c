package vn.khenthuong.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import vn.khenthuong.registry.MeritKind;

/** The figures of the whole selection, and the same by level. */
final class SummaryTables {

    private static final Map<MeritKind, String> MERIT_KINDS = Map.of(MeritKind.MERIT, "Khen thưởng thường xuyên",
            MeritKind.ONE_OFF, "Khen thưởng đột xuất", MeritKind.THEMATIC, "Khen thưởng chuyên đề");

    private final FigureCells cells;
    private final String now;
    private final String before;

    SummaryTables(FigureCells cells, Period period, Period previous) {
        this.cells = cells;
        this.now = capitalised(period.label());
        this.before = capitalised(previous.label());
    }

    StatTable summary(TallyRow total, List<TallyRow> meritKinds) {
        List<StatTable.Row> rows = new ArrayList<>();
        rows.add(row("Tổng số khen thưởng", total, Measure.AWARDS));
        rows.add(row("Cá nhân", total, Measure.INDIVIDUALS));
        rows.add(row("Trong đó: người lao động trực tiếp", total, Measure.DIRECT_WORKERS));
        rows.add(shareRow("Tỷ lệ người lao động trực tiếp trong số cá nhân", total, Measure.DIRECT_WORKERS, Measure.INDIVIDUALS));
        rows.add(row("Tập thể", total, Measure.COLLECTIVES));
        rows.add(row("Trong đó: tập thể nhỏ", total, Measure.SMALL_COLLECTIVES));
        rows.add(shareRow("Tỷ lệ tập thể nhỏ trong số tập thể", total, Measure.SMALL_COLLECTIVES, Measure.COLLECTIVES));
        for (MeritKind kind : MeritKind.values()) {
            Count count = meritKinds.stream().filter(r -> kind.name().equals(r.key(0))).findFirst()
                    .map(r -> r.count(Measure.AWARDS)).orElse(Count.ZERO);
            rows.add(new StatTable.Row(Stream.concat(Stream.of(text(MERIT_KINDS.get(kind))),
                    cells.compared(count, Slice.of(Measure.AWARDS).meritKind(kind)).stream()).toList(), false));
        }
        rows.add(row("Trình cấp Nhà nước khen thưởng", total, Measure.FORWARDED));
        rows.add(new StatTable.Row(Stream.concat(Stream.of(text("Tiền thưởng (đồng)")),
                cells.comparedMoney(total.money(), Slice.of(Measure.WITH_BONUS)).stream()).toList(), false));
        return new StatTable("Tổng hợp", "Tổng hợp", List.of("Chỉ tiêu", now, before, "Tăng, giảm"), rows);
    }

    StatTable levels(List<TallyRow> byLevel, TallyRow total) {
        List<StatTable.Row> rows = new ArrayList<>();
        for (AwardLevel level : AwardLevel.values()) {
            byLevel.stream().filter(r -> level.name().equals(r.key(0))).findFirst()
                    .filter(r -> r.count(Measure.AWARDS).current() + r.count(Measure.AWARDS).previous() > 0)
                    .ifPresent(r -> rows.add(new StatTable.Row(levelCells(level.label(), r, Slice.of(Measure.AWARDS).level(level)),
                            false)));
        }
        rows.add(new StatTable.Row(levelCells("Tổng cộng", total, Slice.of(Measure.AWARDS)), true));
        return new StatTable("Theo cấp khen thưởng", "Theo cấp", List.of("Cấp", "Tổng số", "Cá nhân",
                "Người lao động trực tiếp", "Tỷ lệ", "Tập thể", "Tập thể nhỏ", "Tỷ lệ", before, "Tăng, giảm"), rows);
    }

    private List<Cell> levelCells(String label, TallyRow r, Slice awards) {
        Slice individuals = awards.measure(Measure.INDIVIDUALS);
        Slice direct = awards.measure(Measure.DIRECT_WORKERS);
        Slice collectives = awards.measure(Measure.COLLECTIVES);
        Slice small = awards.measure(Measure.SMALL_COLLECTIVES);
        Count all = r.count(Measure.AWARDS);
        return List.of(text(label), cells.now(all.current(), awards),
                cells.now(r.count(Measure.INDIVIDUALS).current(), individuals),
                cells.now(r.count(Measure.DIRECT_WORKERS).current(), direct),
                cells.shareNow(r.count(Measure.DIRECT_WORKERS), r.count(Measure.INDIVIDUALS), direct),
                cells.now(r.count(Measure.COLLECTIVES).current(), collectives),
                cells.now(r.count(Measure.SMALL_COLLECTIVES).current(), small),
                cells.shareNow(r.count(Measure.SMALL_COLLECTIVES), r.count(Measure.COLLECTIVES), small),
                cells.before(all.previous(), awards), new Cell.Change(all.current(), all.previous()));
    }

    private StatTable.Row row(String label, TallyRow total, Measure measure) {
        return new StatTable.Row(Stream.concat(Stream.of(text(label)),
                cells.compared(total.count(measure), Slice.of(measure)).stream()).toList(), false);
    }

    private StatTable.Row shareRow(String label, TallyRow total, Measure part, Measure whole) {
        return new StatTable.Row(Stream.concat(Stream.of(text(label)),
                cells.comparedShare(total.count(part), total.count(whole), Slice.of(part)).stream()).toList(), false);
    }

    static Cell text(String value) {
        return new Cell.Text(value);
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
