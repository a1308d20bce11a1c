package vn.khenthuong.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void aYearIsComparedWithTheYearBefore() {
        Period year = Period.year(2017);

        assertThat(year.label()).isEqualTo("năm 2017");
        assertThat(year.previous()).isEqualTo(Period.year(2016));
        assertThat(year.firstWholeYear()).isEqualTo(2017);
        assertThat(year.lastWholeYear()).isEqualTo(2017);
    }

    @Test
    void severalYearsAreComparedWithAsManyYearsBefore() {
        Period years = Period.years(2015, 2020);

        assertThat(years.label()).isEqualTo("các năm 2015 - 2020");
        assertThat(years.previous()).isEqualTo(Period.years(2009, 2014));
    }

    @Test
    void aRangeOfDatesIsComparedWithAsManyDaysBeforeAndCoversWholeYearsOnlyWhereItDoes() {
        Period range = new Period(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 6, 30));

        assertThat(range.label()).isEqualTo("từ ngày 01/03/2017 đến ngày 30/06/2017");
        assertThat(range.previous()).isEqualTo(new Period(LocalDate.of(2016, 10, 30), LocalDate.of(2017, 2, 28)));
        assertThat(range.lastWholeYear()).isLessThan(range.firstWholeYear());
        Period across = new Period(LocalDate.of(2016, 7, 1), LocalDate.of(2018, 12, 31));
        assertThat(across.firstWholeYear()).isEqualTo(2017);
        assertThat(across.lastWholeYear()).isEqualTo(2018);
    }

    @Test
    void theEndComesAfterTheStart() {
        assertThatThrownBy(() -> new Period(LocalDate.of(2017, 2, 1), LocalDate.of(2017, 1, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parametersThatCannotBeReadShowThisYearAndSayWhy() {
        LocalDate today = LocalDate.of(2026, 11, 20);
        assertThat(params("2017", "", "", "").period(today).period()).isEqualTo(Period.year(2017));
        assertThat(params("2015", "2020", "", "").period(today).period()).isEqualTo(Period.years(2015, 2020));
        assertThat(params("", "", "2017-03-01", "2017-06-30").period(today).period())
                .isEqualTo(new Period(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 6, 30)));
        assertThat(params("", "", "", "").period(today)).isEqualTo(new StatisticsParameters.PeriodChoice(Period.year(2026), null));
        StatisticsParameters.PeriodChoice unreadable = params("2020", "2015", "", "").period(today);
        assertThat(unreadable.period()).isEqualTo(Period.year(2026));
        assertThat(unreadable.problem()).contains("Không đọc được khoảng thời gian");
        assertThat(params("hai nghìn", "", "", "").period(today).problem()).isNotNull();
        assertThat(params("", "", "2017-13-01", "2017-06-30").period(today).problem()).isNotNull();
    }

    private static StatisticsParameters params(String fromYear, String toYear, String from, String to) {
        return new StatisticsParameters(fromYear, toYear, from, to, null, null, null, null, null, null, null, null, null);
    }
}
