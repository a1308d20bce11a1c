package vn.khenthuong.statistics;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The statistics of one selection: the report's sentences, its tables (page sections, Excel sheets, PDF
 * tables), the years for the charts and the ranking's bars.
 */
record StatisticsReport(@JsonIgnore Selection selection, @JsonIgnore Period previous, List<String> summary,
        List<StatTable> tables, List<YearSeries.Year> years, List<Bar> ranking) {

    @JsonProperty
    String periodLabel() {
        return selection.period().label();
    }

    @JsonProperty
    String previousLabel() {
        return previous.label();
    }

    @JsonProperty
    String scopeName() {
        return selection.scope().name();
    }

    /** "Thống kê khen thưởng năm 2017 - Tỉnh Cao Bằng". */
    String title() {
        return "Thống kê khen thưởng " + periodLabel() + " - " + scopeName();
    }
}
