package vn.khenthuong.statistics;

/**
 * Totals over several groups of a tally, computed by window functions over the groups: every row carries the
 * totals of its award, level, kind of merit, fund, year, or of all rows. One scan then serves several tables.
 */
enum Rollup {
    AWARD("partition by g.lvl, g.award_code"),
    LEVEL("partition by g.lvl"),
    ALL(""),
    MERIT_KIND("partition by g.merit_kind"),
    FUND_AWARD("partition by g.funding_source, g.award_code"),
    FUND("partition by g.funding_source"),
    YEAR("partition by g.yr");

    private final String partition;

    Rollup(String partition) {
        this.partition = partition;
    }

    /** The window column holding the rollup of an aggregate column. */
    String column(String aggregate) {
        return name().toLowerCase(java.util.Locale.ROOT) + "_" + aggregate;
    }

    /** {@code sum(g.<alias>) over (<partition>) as <column>}, over the groups {@code g}. */
    String window(String alias) {
        return "sum(g." + alias + ") over (" + partition + ") as " + column(alias);
    }
}
