package vn.khenthuong.calendar;

import java.time.LocalDate;

/** A day that differs from the usual Monday-to-Friday week (table {@code calendar_day}). */
record CalendarDay(LocalDate date, DayType type, String name) {
}
