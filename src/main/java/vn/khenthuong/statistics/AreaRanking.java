package vn.khenthuong.statistics;

import static vn.khenthuong.statistics.SummaryTables.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.khenthuong.organisation.OrgLevel;
import vn.khenthuong.organisation.Organisation;

/** The districts, communes and agencies (or the units of a district) ranked by their awards in the period. */
final class AreaRanking {

    static final int CHART_BARS = 15;

    private final FigureCells cells;
    private final DrillDownLinks links;
    private final List<TallyRow> rows;
    private final Map<String, String> names;

    /** {@code byArea}: the AREA tally, ranked; {@code names}: organisation code → name. */
    AreaRanking(FigureCells cells, DrillDownLinks links, List<TallyRow> byArea, Map<String, String> names) {
        this.cells = cells;
        this.links = links;
        this.rows = byArea.stream()
                .filter(r -> r.count(Measure.AWARDS).current() + r.count(Measure.AWARDS).previous() > 0).toList();
        this.names = names;
    }

    StatTable table(Organisation scope, Period previous) {
        List<StatTable.Row> table = new ArrayList<>();
        for (TallyRow r : rows) {
            Slice area = Slice.of(Measure.AWARDS).area(r.key(0));
            List<Cell> row = new ArrayList<>(List.of(new Cell.Number(r.rank(), null), text(name(r.key(0))),
                    cells.now(r.count(Measure.AWARDS).current(), area),
                    cells.now(r.count(Measure.INDIVIDUALS).current(), area.measure(Measure.INDIVIDUALS)),
                    cells.now(r.count(Measure.COLLECTIVES).current(), area.measure(Measure.COLLECTIVES)),
                    cells.shareNow(r.count(Measure.SMALL_COLLECTIVES), r.count(Measure.COLLECTIVES),
                            area.measure(Measure.SMALL_COLLECTIVES)),
                    cells.shareNow(r.count(Measure.DIRECT_WORKERS), r.count(Measure.INDIVIDUALS),
                            area.measure(Measure.DIRECT_WORKERS))));
            row.addAll(cells.compared(r.count(Measure.AWARDS), area).subList(1, 3));
            table.add(new StatTable.Row(row, false));
        }
        String what = scope.level() == OrgLevel.PROVINCE ? "Huyện, xã, cơ quan" : "Đơn vị";
        return new StatTable("Xếp hạng theo số khen thưởng", "Xếp hạng", List.of("Hạng", what, "Tổng số", "Cá nhân",
                "Tập thể", "Tỷ lệ tập thể nhỏ", "Tỷ lệ người lao động trực tiếp",
                SummaryTables.capitalised(previous.label()), "Tăng, giảm"), table);
    }

    /** The first {@value #CHART_BARS} with awards in the period, for the chart. */
    List<Bar> bars() {
        return rows.stream().filter(r -> r.count(Measure.AWARDS).current() > 0).limit(CHART_BARS)
                .map(r -> new Bar(name(r.key(0)), r.count(Measure.AWARDS).current(),
                        links.to(Slice.of(Measure.AWARDS).area(r.key(0)))))
                .toList();
    }

    private String name(String code) {
        return names.getOrDefault(code, code);
    }
}
