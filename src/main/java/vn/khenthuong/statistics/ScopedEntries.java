package vn.khenthuong.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry entries of a selection as SQL: a recursive {@code area_of} (every organisation under the
 * scope with the child of the scope it lies in) and the subquery {@code s}, the entries of the scope decided
 * in the period (and the previous period, if asked) with {@code cur} (in the period), {@code lvl} (level of
 * the award), {@code area} and {@code yr} (the year it counts in). Plain SQL that H2 and PostgreSQL both run.
 */
final class ScopedEntries {

    private static final String AREAS = """
            with recursive area_of (code, area) as (
                select code, code from organisation where parent_code = :root
                union all
                select o.code, a.area from organisation o join area_of a on o.parent_code = a.code)
            """;
    private static final String YEAR = "coalesce(cast(extract(year from r.decision_date) as int), r.award_year)";

    private final String subquery;
    private final Map<String, Object> params = new HashMap<>();

    ScopedEntries(Selection selection, Period previous, Map<String, AwardLevel> levels) {
        params.put("root", selection.scope().code());
        String current = inPeriod("cur", selection.period());
        String periods = previous == null ? current : "(" + current + " or " + inPeriod("prev", previous) + ")";
        String movement = "";
        if (selection.movement() != null) {
            params.put("movement", selection.movement());
            movement = " and r.movement = :movement";
        }
        subquery = "(select r.*, coalesce(a.area, r.unit_code) as area, " + levelCase(levels) + " as lvl, " + YEAR
                + " as yr, " + current + " as cur from registry_entry r left join area_of a on a.code = r.unit_code"
                + " where (r.unit_code = :root or a.code is not null) and " + periods + movement + ") s";
    }

    /** The statement's beginning: {@code with recursive ...}. */
    String with() {
        return AREAS;
    }

    /** What to select from: the subquery {@code s}. */
    String from() {
        return subquery;
    }

    Map<String, Object> params() {
        return params;
    }

    /** Conditions on {@code s} narrowing to a slice, with their parameters added. */
    String conditions(Slice slice) {
        List<String> where = new ArrayList<>(List.of("s.cur", "(" + slice.measure().condition() + ")"));
        narrow(where, "s.award_code", "award", slice.award());
        narrow(where, "s.lvl", "level", slice.level() == null ? null : slice.level().name());
        narrow(where, "s.merit_kind", "meritKind", slice.meritKind() == null ? null : slice.meritKind().name());
        narrow(where, "s.area", "area", slice.area());
        narrow(where, "s.funding_source", "funding", slice.funding());
        return String.join(" and ", where);
    }

    private void narrow(List<String> where, String column, String name, String value) {
        if (value != null) {
            where.add(column + " = :" + name);
            params.put(name, value);
        }
    }

    private String inPeriod(String name, Period period) {
        params.put(name + "From", period.from());
        params.put(name + "To", period.to());
        params.put(name + "FirstYear", period.firstWholeYear());
        params.put(name + "LastYear", period.lastWholeYear());
        return "(r.decision_date between :" + name + "From and :" + name + "To or (r.decision_date is null"
                + " and r.award_year between :" + name + "FirstYear and :" + name + "LastYear))";
    }

    private String levelCase(Map<String, AwardLevel> levels) {
        StringBuilder sql = new StringBuilder("case");
        for (AwardLevel level : AwardLevel.values()) {
            List<String> codes = levels.entrySet().stream().filter(e -> e.getValue() == level).map(Map.Entry::getKey).toList();
            if (!codes.isEmpty()) {
                params.put("awardsOf" + level.name(), codes);
                sql.append(" when r.award_code in (:awardsOf").append(level.name()).append(") then '").append(level.name())
                        .append("'");
            }
        }
        String other = "'" + AwardLevel.OTHER.name() + "'";
        return sql.length() > "case".length()
                ? sql.append(" else ").append(other).append(" end").toString() : other;
    }
}
