package vn.khenthuong.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.khenthuong.award.Award;
import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.organisation.OrgKind;
import vn.khenthuong.settings.Settings;

/** The figures of a selection from the registry, each table counted by SQL; and the list behind any figure. */
@Service
class StatisticsService {

    static final String SMALL_COLLECTIVE_TARGET = "statistics.target.small-collective-share";
    static final String DIRECT_WORKER_TARGET = "statistics.target.direct-worker-share";

    private final StatisticsQueries queries;
    private final AwardLevels levels;
    private final AwardCatalogue awards;
    private final Settings settings;
    private final TransactionTemplate snapshot;

    StatisticsService(StatisticsQueries queries, AwardLevels levels, AwardCatalogue awards, Settings settings,
            PlatformTransactionManager transactions) {
        this.queries = queries;
        this.levels = levels;
        this.awards = awards;
        this.settings = settings;
        // all the tables of one page from one snapshot of the registry, so that they agree with each other
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    StatisticsReport report(Selection selection, OrganisationTree tree) {
        // evaluating the routing table writes decision history: not inside the read-only snapshot
        Map<String, AwardLevel> awardLevels = levels.all();
        return snapshot.execute(status -> report(selection, tree, awardLevels));
    }

    private StatisticsReport report(Selection selection, OrganisationTree tree, Map<String, AwardLevel> awardLevels) {
        Period previous = selection.period().previous();
        List<TallyRow> detail = queries.tally(selection, previous, Grouping.DETAIL, awardLevels);
        TallyRow total = detail.isEmpty() ? TallyRow.empty(List.of()) : detail.get(0).rollup(Rollup.ALL);
        List<TallyRow> byLevel = TallyRow.rolledUp(detail, Rollup.LEVEL, 0);
        List<TallyRow> byAward = TallyRow.rolledUp(detail, Rollup.AWARD, 0, 1);
        List<TallyRow> byFundAndAward = TallyRow.rolledUp(detail, Rollup.FUND_AWARD, 3, 1).stream()
                .filter(r -> r.key(0) != null)
                .sorted(Comparator.comparing((TallyRow r) -> r.key(0)).thenComparing(r -> r.key(1))).toList();
        DrillDownLinks links = new DrillDownLinks(selection);
        FigureCells cells = new FigureCells(links, links.forPeriod(previous));
        SummaryTables summary = new SummaryTables(cells, selection.period(), previous);
        AwardTables byAwardTables = new AwardTables(cells, awardNames(), previous);

        List<StatTable> tables = new ArrayList<>();
        tables.add(summary.summary(total, TallyRow.rolledUp(detail, Rollup.MERIT_KIND, 2)));
        tables.add(summary.levels(byLevel, total));
        tables.add(byAwardTables.awards(byAward, total));
        tables.add(byAwardTables.forwarded(byAward, total));
        tables.add(byAwardTables.bonus(byFundAndAward, total));
        List<Bar> ranking = List.of();
        if (selection.scope().kind() != OrgKind.UNIT && selection.scope().kind() != OrgKind.AGENCY) {
            AreaRanking areas = new AreaRanking(cells, links,
                    queries.tally(selection, previous, Grouping.AREA, awardLevels), tree.names());
            tables.add(areas.table(selection.scope(), previous));
            ranking = areas.bars();
        }
        YearSeries years = years(selection, awardLevels);
        tables.add(years.table());
        return new StatisticsReport(selection, previous, ReportSummary.sentences(selection, previous, total, byLevel),
                tables, years.years(), ranking);
    }

    /** One page of the awards behind a figure, and how many there are in all. */
    AwardList list(Selection selection, Slice slice, int offset, int limit) {
        Map<String, AwardLevel> awardLevels = levels.all();
        return snapshot.execute(status -> new AwardList(queries.count(selection, slice, awardLevels),
                queries.list(selection, slice, awardLevels, offset, limit)));
    }

    List<String> movements(Selection selection) {
        return queries.movements(selection.withPeriod(new Period(selection.period().previous().from(),
                selection.period().to())), levels.all());
    }

    String awardName(String code) {
        return awards.find(code).map(Award::name).orElse(code);
    }

    private YearSeries years(Selection selection, Map<String, AwardLevel> awardLevels) {
        Period chartYears = YearSeries.chartYears(selection.period());
        Selection overYears = selection.withPeriod(chartYears);
        return new YearSeries(chartYears, queries.tally(overYears, null, Grouping.YEAR_LEVEL, awardLevels),
                year -> new DrillDownLinks(selection.withPeriod(Period.year(year))),
                year -> new BigDecimal[] {target(SMALL_COLLECTIVE_TARGET, year), target(DIRECT_WORKER_TARGET, year)});
    }

    private BigDecimal target(String key, int year) {
        return settings.find(key, LocalDate.of(year, 12, 31)).map(value -> {
            try {
                return new BigDecimal(value.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
    }

    private Map<String, String> awardNames() {
        Map<String, String> names = new LinkedHashMap<>();
        awards.all().forEach(a -> names.put(a.code(), a.name()));
        return names;
    }

    /** The awards behind a figure: how many, and the rows asked for. */
    record AwardList(long total, List<AwardListRow> rows) {
    }
}
