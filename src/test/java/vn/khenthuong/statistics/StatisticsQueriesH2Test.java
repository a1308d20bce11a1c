package vn.khenthuong.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.khenthuong.H2Database;
import vn.khenthuong.organisation.OrgKind;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.registry.MeritKind;

/** The statistics' SQL on H2, the database of the demo run (PostgreSQL runs it in StatisticsIT). */
class StatisticsQueriesH2Test {

    private static final Organisation PROVINCE = new Organisation("tinh", "Tỉnh Mẫu", OrgKind.PROVINCE, null, "Mẫu");
    private static final Organisation DISTRICT = new Organisation("huyen1", "Huyện Một", OrgKind.DISTRICT, "tinh", "Một");
    private static final Map<String, AwardLevel> LEVELS = Map.of("LDTT", AwardLevel.DISTRICT, "TT_LDTT", AwardLevel.DISTRICT,
            "BK_T", AwardLevel.PROVINCE, "HC_LD", AwardLevel.STATE);

    private JdbcClient jdbc;
    private StatisticsQueries queries;

    @BeforeEach
    void registry() {
        jdbc = H2Database.migrated();
        queries = new StatisticsQueries(jdbc);
        org("tinh", "Tỉnh Mẫu", "PROVINCE", "PROVINCE", null);
        org("huyen1", "Huyện Một", "DISTRICT", "DISTRICT", "tinh");
        org("huyen2", "Huyện Hai", "DISTRICT", "DISTRICT", "tinh");
        org("truong1", "Trường Một", "UNIT", "UNIT", "huyen1");
        org("truong2", "Trường Hai", "UNIT", "UNIT", "huyen2");
        org("kho-bac", "Kho bạc", "UNIT", "AGENCY", "tinh");

        entry("truong1", "BK_T", "COLLECTIVE", true, false, false, LocalDate.of(2017, 3, 1), 2017, 7_020_000L, "Quỹ thi đua, khen thưởng tỉnh");
        entry("truong1", "BK_T", "INDIVIDUAL", false, true, false, LocalDate.of(2017, 3, 1), 2017, 3_510_000L, "Quỹ thi đua, khen thưởng tỉnh");
        entry("truong2", "BK_T", "INDIVIDUAL", false, false, false, LocalDate.of(2017, 12, 31), 2017, null, null);
        entry("kho-bac", "LDTT", "INDIVIDUAL", false, true, false, null, 2017, null, null);
        entry("truong2", "HC_LD", "INDIVIDUAL", false, true, true, LocalDate.of(2017, 6, 1), 2016, null, null);
        entry("truong1", "LDTT", "INDIVIDUAL", false, false, false, LocalDate.of(2016, 5, 1), 2016, null, null);
        entry("truong2", "TT_LDTT", "COLLECTIVE", false, false, false, LocalDate.of(2018, 1, 1), 2017, null, null);
    }

    @Test
    void countsTheYearAgainstTheYearBefore() {
        TallyRow total = queries.tally(year(PROVINCE, 2017), Period.year(2016), Grouping.DETAIL, LEVELS).get(0).rollup(Rollup.ALL);

        assertThat(total.count(Measure.AWARDS)).isEqualTo(new Count(4, 1));
        assertThat(total.count(Measure.INDIVIDUALS)).isEqualTo(new Count(3, 1));
        assertThat(total.count(Measure.DIRECT_WORKERS)).isEqualTo(new Count(2, 0));
        assertThat(total.count(Measure.COLLECTIVES)).isEqualTo(new Count(1, 0));
        assertThat(total.count(Measure.SMALL_COLLECTIVES)).isEqualTo(new Count(1, 0));
        assertThat(total.count(Measure.FORWARDED)).isEqualTo(new Count(1, 0));
        assertThat(total.count(Measure.WITH_BONUS)).isEqualTo(new Count(2, 0));
        assertThat(total.money()).isEqualTo(new Count(10_530_000, 0));
    }

    @Test
    void anUndatedEntryCountsOnlyInPeriodsCoveringItsWholeYear() {
        Selection firstHalf = new Selection(new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 6, 30)), PROVINCE, null);

        assertThat(queries.tally(firstHalf, null, Grouping.DETAIL, LEVELS).get(0).rollup(Rollup.ALL).count(Measure.AWARDS).current())
                .as("two Bằng khen of 1 March; the undated LĐTT of 2017 needs the whole year").isEqualTo(2);
    }

    @Test
    void groupsByLevelAndAwardAndRanksTheAreas() {
        Selection year = year(PROVINCE, 2017);

        List<TallyRow> detail = queries.tally(year, null, Grouping.DETAIL, LEVELS);
        assertThat(TallyRow.rolledUp(detail, Rollup.AWARD, 0, 1)).extracting(r -> r.key(0) + " " + r.key(1) + "="
                        + r.count(Measure.AWARDS).current() + ", level " + r.rollup(Rollup.LEVEL).count(Measure.AWARDS).current())
                .containsExactly("DISTRICT LDTT=1, level 1", "PROVINCE BK_T=3, level 3", "STATE HC_LD=0, level 0");
        assertThat(queries.tally(year, null, Grouping.AREA, LEVELS))
                .extracting(r -> r.key(0) + "#" + r.rank() + "=" + r.count(Measure.AWARDS).current())
                .containsExactly("huyen1#1=2", "huyen2#2=1", "kho-bac#2=1");
        assertThat(TallyRow.rolledUp(detail, Rollup.FUND_AWARD, 3, 1)).filteredOn(r -> r.key(0) != null)
                .extracting(r -> r.key(1) + ":" + r.money().current() + "/" + r.rollup(Rollup.FUND).money().current())
                .containsExactly("BK_T:10530000/10530000");
        assertThat(queries.tally(year(PROVINCE, 2017).withPeriod(Period.years(2016, 2018)), null,
                Grouping.YEAR_LEVEL, LEVELS)).extracting(r -> r.key(0) + " " + r.key(1) + "=" + r.count(Measure.AWARDS).current()
                        + " of " + r.rollup(Rollup.YEAR).count(Measure.AWARDS).current())
                .containsExactly("2016 DISTRICT=1 of 1", "2017 DISTRICT=1 of 4", "2017 PROVINCE=3 of 4", "2017 STATE=0 of 4",
                        "2018 DISTRICT=1 of 1");
        assertThat(TallyRow.rolledUp(detail, Rollup.MERIT_KIND, 2)).extracting(r -> r.key(0) + "=" + r.count(Measure.AWARDS).current())
                .containsExactly("MERIT=4");
    }

    @Test
    void aDistrictSeesItsUnitsOnly() {
        Selection district = year(DISTRICT, 2017);

        assertThat(queries.tally(district, null, Grouping.DETAIL, LEVELS).get(0).rollup(Rollup.ALL).count(Measure.AWARDS).current())
                .isEqualTo(2);
        assertThat(queries.count(district, Slice.of(Measure.AWARDS), LEVELS)).isEqualTo(2);
    }

    @Test
    void theListBehindAFigureHasItsCount() {
        Selection year = year(PROVINCE, 2017);
        Slice smallAtProvince = Slice.of(Measure.SMALL_COLLECTIVES).level(AwardLevel.PROVINCE).award("BK_T");

        List<AwardListRow> rows = queries.list(year, smallAtProvince, LEVELS, 0, 100);

        assertThat(rows).extracting(AwardListRow::name).containsExactly("Tập thể 1");
        assertThat(rows.get(0).bonusVnd()).isEqualTo(7_020_000L);
        assertThat(queries.count(year, Slice.of(Measure.INDIVIDUALS).meritKind(MeritKind.MERIT).area("huyen2"), LEVELS))
                .isEqualTo(1);
        assertThat(queries.list(year, Slice.of(Measure.AWARDS), LEVELS, 0, 100)).extracting(AwardListRow::decisionDate)
                .as("undated last").endsWith((LocalDate) null);
        assertThat(queries.movements(year, LEVELS)).containsExactly("Dạy tốt, học tốt");
    }

    private static Selection year(Organisation scope, int year) {
        return new Selection(Period.year(year), scope, null);
    }

    private void org(String code, String name, String level, String kind, String parent) {
        jdbc.sql("insert into organisation (code, name, level, kind, parent_code) values (?, ?, ?, ?, ?)")
                .params(code, name, level, kind, parent).update();
    }

    private int entries;

    private void entry(String unit, String award, String kind, boolean small, boolean direct, boolean forwarded,
            LocalDate decided, int year, Long bonus, String fund) {
        entries++;
        String name = (kind.equals("COLLECTIVE") ? "Tập thể " : "Người ") + entries;
        jdbc.sql("""
                insert into registry_entry (subject_kind, cccd, collective_code, full_name, unit_code, award_code,
                award_year, merit_kind, decision_date, source, created_at, small_collective, direct_worker,
                forwarded_to_state, bonus_vnd, funding_source, movement)
                values (?, ?, ?, ?, ?, ?, ?, 'MERIT', ?, 'IMPORT', current_timestamp, ?, ?, ?, ?, ?, ?)""")
                .params(kind, kind.equals("INDIVIDUAL") ? String.format("%012d", entries) : null,
                        kind.equals("COLLECTIVE") ? "tt" + entries : null, name, unit, award, year, decided, small, direct,
                        forwarded, bonus, fund, entries == 1 ? "Dạy tốt, học tốt" : null)
                .update();
    }
}
