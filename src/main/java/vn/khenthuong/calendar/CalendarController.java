package vn.khenthuong.calendar;

import java.time.LocalDate;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.khenthuong.kernel.CleanText;
import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.security.Administrators;
import vn.khenthuong.security.CheckedBy;

@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    private static final int FIRST_YEAR = 1901;
    private static final int LAST_YEAR = 2199;

    private final WorkingCalendar calendar;

    CalendarController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    record NewDay(LocalDate date, DayType type, String name) {
    }

    @GetMapping("/{year}")
    WorkingCalendar.YearDays year(@PathVariable int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw Refusal.invalid("year", "Năm phải từ " + FIRST_YEAR + " đến " + LAST_YEAR);
        }
        return calendar.year(year);
    }

    @PostMapping
    @CheckedBy(Administrators.class)
    CalendarDay save(@RequestBody NewDay body) {
        if (body.date() == null) {
            throw Refusal.invalid("date", "Ngày bắt buộc");
        }
        if (body.date().getYear() < FIRST_YEAR || body.date().getYear() > LAST_YEAR) {
            throw Refusal.invalid("date", "Năm phải từ " + FIRST_YEAR + " đến " + LAST_YEAR);
        }
        if (body.type() == null) {
            throw Refusal.invalid("type", "Loại ngày bắt buộc: HOLIDAY (ngày nghỉ) hoặc WORKDAY (ngày làm bù)");
        }
        if (body.type() == DayType.WORKDAY && !DefaultHolidays.isWeekend(body.date())) {
            throw Refusal.invalid("type", "Ngày làm bù phải là thứ Bảy hoặc Chủ nhật");
        }
        if (body.name() == null || body.name().isBlank() || body.name().length() > 200) {
            throw Refusal.invalid("name", "Tên ngày bắt buộc, tối đa 200 ký tự");
        }
        CalendarDay day = new CalendarDay(body.date(), body.type(),
                CleanText.line(body.name()));
        calendar.save(day);
        return day;
    }
}
