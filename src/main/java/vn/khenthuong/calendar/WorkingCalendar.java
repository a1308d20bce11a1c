package vn.khenthuong.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Service;

/** PLACEHOLDER (replaced at merge by the rules branch). */
@Service
public class WorkingCalendar {

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    public LocalDate addWorkingDays(LocalDate start, int days) {
        LocalDate d = start;
        for (int i = 0; i < days; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                i++;
            }
        }
        return d;
    }

    public OffsetDateTime deadline(OffsetDateTime start, int workingDays) {
        LocalDate day = addWorkingDays(start.atZoneSameInstant(VietnamTime.ZONE).toLocalDate(), workingDays);
        return day.atTime(LocalTime.of(17, 0)).atZone(VietnamTime.ZONE).toOffsetDateTime();
    }
}
