package vn.khenthuong.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCalendarDays implements CalendarDays {

    private final JdbcClient jdbc;

    JdbcCalendarDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CalendarDay> ofYear(int year) {
        return jdbc.sql("select cal_date, day_type, name from calendar_day where cal_date between ? and ? order by cal_date")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((rs, n) -> new CalendarDay(rs.getObject(1, LocalDate.class), DayType.valueOf(rs.getString(2)),
                        rs.getString(3)))
                .list();
    }

    @Override
    public void save(CalendarDay day) {
        jdbc.sql("delete from calendar_day where cal_date = ?").param(day.date()).update();
        jdbc.sql("insert into calendar_day (cal_date, day_type, name) values (?, ?, ?)")
                .params(day.date(), day.type().name(), day.name()).update();
    }
}
