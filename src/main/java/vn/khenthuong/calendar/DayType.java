package vn.khenthuong.calendar;

enum DayType {
    /** A day off: public holiday, compensatory day, or a weekday swapped with a weekend day. */
    HOLIDAY,
    /** A weekend day worked in exchange for a day off. */
    WORKDAY
}
