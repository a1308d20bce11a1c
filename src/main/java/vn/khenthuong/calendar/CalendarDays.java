package vn.khenthuong.calendar;

import java.util.List;

/** The days entered as the government announced them, per year. */
interface CalendarDays {

    List<CalendarDay> ofYear(int year);

    /** Adds the day, or replaces the entry of its date. */
    void save(CalendarDay day);
}
