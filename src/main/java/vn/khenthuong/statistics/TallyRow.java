package vn.khenthuong.statistics;

import java.util.List;
import java.util.Map;

/**
 * One group of a tally: its key (the grouping's columns, as text), the count of every measure in the period
 * and the one before, the bonus money, and what the grouping computes over groups (rank, fund subtotals).
 */
record TallyRow(List<String> key, Map<Measure, Count> counts, Count money, Map<String, Long> extras) {

    Count count(Measure measure) {
        return counts.getOrDefault(measure, Count.ZERO);
    }

    String key(int i) {
        return key.get(i);
    }

    long extra(String name) {
        return extras.getOrDefault(name, 0L);
    }
}
