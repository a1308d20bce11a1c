package vn.khenthuong.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.khenthuong.registry.MeritKind;
import vn.khenthuong.registry.SubjectKind;

/** The statistics' SQL: every figure is counted in the database, grouped and filtered there. */
@Repository
class StatisticsQueries {

    private final JdbcClient jdbc;

    StatisticsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every measure counted per group, in the selection's period and, unless {@code previous} is null, the one before. */
    List<TallyRow> tally(Selection selection, Period previous, Grouping grouping, Map<String, AwardLevel> levels) {
        ScopedEntries entries = new ScopedEntries(selection, previous, levels);
        List<String> columns = new ArrayList<>(grouping.columns());
        for (Measure measure : Measure.values()) {
            columns.add(counted("count(*)", "s.cur", measure, measure.column(true)));
            if (previous != null) {
                columns.add(counted("count(*)", "not s.cur", measure, measure.column(false)));
            }
        }
        columns.add(counted("sum(s.bonus_vnd)", "s.cur", Measure.AWARDS, "money_cur"));
        if (previous != null) {
            columns.add(counted("sum(s.bonus_vnd)", "not s.cur", Measure.AWARDS, "money_prev"));
        }
        String keys = String.join(", ", grouping.columns());
        String sql = entries.with() + "select " + String.join(", ", columns) + grouping.windows() + " from " + entries.from()
                + (keys.isEmpty() ? "" : " group by " + keys + " order by " + (grouping == Grouping.AREA ? "rnk, " : "") + keys);
        return jdbc.sql(sql).params(entries.params()).query((rs, n) -> tallyRow(rs, grouping, previous != null)).list();
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

    private static String counted(String aggregate, String period, Measure measure, String alias) {
        return aggregate + " filter (where " + period + " and " + measure.condition() + ") as " + alias;
    }

    private static TallyRow tallyRow(ResultSet rs, Grouping grouping, boolean withPrevious) throws SQLException {
        List<String> key = new ArrayList<>();
        for (int i = 1; i <= grouping.columns().size(); i++) {
            key.add(rs.getString(i));
        }
        Map<Measure, Count> counts = new EnumMap<>(Measure.class);
        for (Measure measure : Measure.values()) {
            counts.put(measure, new Count(rs.getLong(measure.column(true)),
                    withPrevious ? rs.getLong(measure.column(false)) : 0));
        }
        Count money = new Count(rs.getLong("money_cur"), withPrevious ? rs.getLong("money_prev") : 0);
        Map<String, Long> extras = new HashMap<>();
        for (String extra : List.of("rnk", "fund_count", "fund_money")) {
            if (grouping.windows().contains(" as " + extra)) {
                extras.put(extra, rs.getLong(extra));
            }
        }
        return new TallyRow(key, counts, money, extras);
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
