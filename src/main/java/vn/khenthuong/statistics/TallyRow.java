package vn.khenthuong.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One group of a tally: its key (the grouping's columns, as text), the count of every measure in the period
 * and the one before, the bonus money, its rank (ranked groupings) and its rollups (the totals of its level,
 * year, fund or of all groups, as rows of their own).
 */
record TallyRow(List<String> key, Map<Measure, Count> counts, Count money, long rank, Map<Rollup, TallyRow> rollups) {

    static TallyRow empty(List<String> key) {
        return new TallyRow(key, Map.of(), Count.ZERO, 0, Map.of());
    }

    Count count(Measure measure) {
        return counts.getOrDefault(measure, Count.ZERO);
    }

    String key(int i) {
        return key.get(i);
    }

    /**
     * One row per distinct value of the {@code keys} columns, counted as the rollup gives it (each row of the
     * tally carries its rollups); in the tally's order, keeping each first row's other rollups.
     */
    static List<TallyRow> rolledUp(List<TallyRow> rows, Rollup rollup, int... keys) {
        Map<List<String>, TallyRow> distinct = new LinkedHashMap<>();
        for (TallyRow row : rows) {
            List<String> key = new ArrayList<>();
            for (int k : keys) {
                key.add(row.key(k));
            }
            TallyRow counted = row.rollup(rollup);
            distinct.putIfAbsent(key, new TallyRow(key, counted.counts(), counted.money(), row.rank(), row.rollups()));
        }
        return List.copyOf(distinct.values());
    }

    TallyRow rollup(Rollup rollup) {
        return rollups.getOrDefault(rollup, empty(List.of()));
    }
}
