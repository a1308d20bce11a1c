package vn.khenthuong.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.khenthuong.registry.MeritKind;
import vn.khenthuong.registry.SubjectKind;

/** The statistics' SQL: every figure is counted in the database, grouped and filtered there. */
@Repository
class StatisticsQueries {

    private static final String MONEY_CURRENT = "money_cur";
    private static final String MONEY_PREVIOUS = "money_prev";

    private final JdbcClient jdbc;

    StatisticsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every measure counted per group, in the selection's period and, unless {@code previous} is null, the one before. */
    List<TallyRow> tally(Selection selection, Period previous, Grouping grouping, Map<String, AwardLevel> levels) {
        Statement tally = tallyStatement(selection, previous, grouping, levels);
        return jdbc.sql(tally.sql()).params(tally.params()).query((rs, n) -> tallyRow(rs, grouping, previous != null)).list();
    }

    /** SQL and its named parameters. */
    record Statement(String sql, Map<String, Object> params) {
    }

    Statement tallyStatement(Selection selection, Period previous, Grouping grouping, Map<String, AwardLevel> levels) {
        ScopedEntries entries = new ScopedEntries(selection, previous, levels);
        Map<String, String> aggregates = new LinkedHashMap<>();
        for (Measure measure : Measure.values()) {
            if (grouping.counts(measure)) {
                aggregates.put(measure.column(true), counted("count(*)", "s.cur", measure));
                if (previous != null) {
                    aggregates.put(measure.column(false), counted("count(*)", "not s.cur", measure));
                }
            }
        }
        if (grouping.money()) {
            aggregates.put(MONEY_CURRENT, counted("sum(s.bonus_vnd)", "s.cur", Measure.AWARDS));
            if (previous != null) {
                aggregates.put(MONEY_PREVIOUS, counted("sum(s.bonus_vnd)", "not s.cur", Measure.AWARDS));
            }
        }
        List<String> columns = new ArrayList<>(grouping.columns());
        aggregates.forEach((alias, aggregate) -> columns.add(aggregate + " as " + alias));
        String keys = String.join(", ", grouping.columns());
        String groups = "select " + String.join(", ", columns) + " from " + entries.from()
                + (keys.isEmpty() ? "" : " group by " + keys);
        // windows over the groups in an outer query: H2 fails on window functions over aggregates in one select
        List<String> windows = new ArrayList<>(List.of("g.*"));
        for (Rollup rollup : grouping.rollups()) {
            aggregates.keySet().forEach(alias -> windows.add(rollup.window(alias)));
        }
        if (grouping.ranked()) {
            windows.add("rank() over (order by g." + Measure.AWARDS.column(true) + " desc) as rnk");
        }
        String order = keys.replace("s.", "g.");
        return new Statement(entries.with() + "select " + String.join(", ", windows) + " from (" + groups + ") g"
                + (keys.isEmpty() ? "" : " order by " + (grouping.ranked() ? "rnk, " : "") + order), entries.params());
    }

    long count(Selection selection, Slice slice, Map<String, AwardLevel> levels) {
        ScopedEntries entries = new ScopedEntries(selection, null, levels);
        String where = entries.conditions(slice);
        return jdbc.sql(entries.with() + "select count(*) from " + entries.from() + " where " + where)
                .params(entries.params()).query(Long.class).single();
    }

    /** The awards behind a figure, by decision date (undated last) and name. */
    List<AwardListRow> list(Selection selection, Slice slice, Map<String, AwardLevel> levels, int offset, int limit) {
        ScopedEntries entries = new ScopedEntries(selection, null, levels);
        String where = entries.conditions(slice);
        Map<String, Object> params = new HashMap<>(entries.params());
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql(entries.with() + """
                        select s.id, s.subject_kind, s.full_name, s.cccd, s.collective_code, o.name as unit_name,
                        aw.name as award_name, s.lvl, s.award_year, s.decision_number, s.decision_date, s.decided_by,
                        s.merit_kind, s.small_collective, s.direct_worker, s.forwarded_to_state, s.bonus_vnd,
                        s.funding_source, s.movement from """ + " " + entries.from()
                        + " join award aw on aw.code = s.award_code left join organisation o on o.code = s.unit_code"
                        + " where " + where + " order by s.decision_date nulls last, s.full_name, s.id"
                        + " offset :offset rows fetch next :limit rows only")
                .params(params).query((rs, n) -> listRow(rs)).list();
    }

    /** The movements named by the awards of the selection's scope in a period, alphabetically. */
    List<String> movements(Selection selection, Map<String, AwardLevel> levels) {
        ScopedEntries entries = new ScopedEntries(selection.withMovement(null), null, levels);
        return jdbc.sql(entries.with() + "select distinct s.movement from " + entries.from()
                        + " where s.movement is not null order by s.movement")
                .params(entries.params()).query(String.class).list();
    }

    private static String counted(String aggregate, String period, Measure measure) {
        return aggregate + " filter (where " + period + " and " + measure.condition() + ")";
    }

    private static TallyRow tallyRow(ResultSet rs, Grouping grouping, boolean withPrevious) throws SQLException {
        List<String> key = new ArrayList<>();
        for (int i = 1; i <= grouping.columns().size(); i++) {
            key.add(rs.getString(i));
        }
        Map<Rollup, TallyRow> rollups = new EnumMap<>(Rollup.class);
        for (Rollup rollup : grouping.rollups()) {
            rollups.put(rollup, counts(rs, grouping, withPrevious, rollup::column, List.of(), 0, Map.of()));
        }
        return counts(rs, grouping, withPrevious, column -> column, key, grouping.ranked() ? rs.getLong("rnk") : 0, rollups);
    }

    /** The counts of a row, read from the columns {@code column} names (the groups' own, or a rollup's). */
    private static TallyRow counts(ResultSet rs, Grouping grouping, boolean withPrevious, UnaryOperator<String> column,
            List<String> key, long rank, Map<Rollup, TallyRow> rollups) throws SQLException {
        Map<Measure, Count> counts = new EnumMap<>(Measure.class);
        for (Measure measure : Measure.values()) {
            if (grouping.counts(measure)) {
                counts.put(measure, new Count(rs.getLong(column.apply(measure.column(true))),
                        withPrevious ? rs.getLong(column.apply(measure.column(false))) : 0));
            }
        }
        Count money = grouping.money() ? new Count(rs.getLong(column.apply(MONEY_CURRENT)),
                withPrevious ? rs.getLong(column.apply(MONEY_PREVIOUS)) : 0) : Count.ZERO;
        return new TallyRow(key, counts, money, rank, rollups);
    }

    private static AwardListRow listRow(ResultSet rs) throws SQLException {
        SubjectKind kind = SubjectKind.valueOf(rs.getString("subject_kind"));
        return new AwardListRow(rs.getLong("id"), kind, rs.getString("full_name"),
                rs.getString(kind == SubjectKind.INDIVIDUAL ? "cccd" : "collective_code"), rs.getString("unit_name"),
                rs.getString("award_name"), AwardLevel.of(rs.getString("lvl")), rs.getInt("award_year"),
                rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class), rs.getString("decided_by"),
                MeritKind.valueOf(rs.getString("merit_kind")), rs.getBoolean("small_collective"),
                rs.getBoolean("direct_worker"), rs.getBoolean("forwarded_to_state"), rs.getObject("bonus_vnd", Long.class),
                rs.getString("funding_source"), rs.getString("movement"));
    }
}
