package vn.khenthuong.calendar;

import java.time.LocalDate;
import java.time.temporal.JulianFields;

/**
 * The Vietnamese lunisolar calendar, after Hồ Ngọc Đức's astronomical algorithm: months start on the
 * day of the new moon and the 11th month holds the winter solstice, both reckoned at the meridian of
 * Vietnam (UTC+7). China reckons at UTC+8, so a new moon just before midnight in Hanoi falls on the next
 * day in Beijing: Tết 1985 was on 21 January in Vietnam and on 20 February in China.
 */
public final class LunarCalendar {

    static final double VIETNAM_TIME_ZONE = 7.0;

    private static final double SYNODIC_MONTH = 29.530588853;
    private static final double NEW_MOON_1900 = 2415021.076998695;

    private final double timeZone;

    public LunarCalendar() {
        this(VIETNAM_TIME_ZONE);
    }

    LunarCalendar(double timeZone) {
        this.timeZone = timeZone;
    }

    /** Mùng 1 tháng Giêng of the lunar year that begins in the given solar year. */
    public LocalDate tet(int year) {
        return toSolar(1, 1, year, false);
    }

    /** The solar date of a lunar date; {@code leapMonth} asks for the leap month of that number. */
    public LocalDate toSolar(int lunarDay, int lunarMonth, int lunarYear, boolean leapMonth) {
        long a11;
        long b11;
        if (lunarMonth < 11) {
            a11 = lunarMonth11(lunarYear - 1);
            b11 = lunarMonth11(lunarYear);
        } else {
            a11 = lunarMonth11(lunarYear);
            b11 = lunarMonth11(lunarYear + 1);
        }
        long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_1900) / SYNODIC_MONTH);
        int offset = lunarMonth - 11;
        if (offset < 0) {
            offset += 12;
        }
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            int leap = leapOffset - 2;
            if (leap < 0) {
                leap += 12;
            }
            if (leapMonth && lunarMonth != leap) {
                throw new IllegalArgumentException("Năm âm lịch " + lunarYear + " không có tháng " + lunarMonth + " nhuận");
            }
            if (leapMonth || offset >= leapOffset) {
                offset += 1;
            }
        } else if (leapMonth) {
            throw new IllegalArgumentException("Năm âm lịch " + lunarYear + " không có tháng nhuận");
        }
        long monthStart = newMoonDay(k + offset);
        return fromJulianDay(monthStart + lunarDay - 1);
    }

    /** The day (Julian day number) on which the 11th lunar month of the year starts. */
    private long lunarMonth11(int year) {
        double off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(off / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        if (sunLongitudeSector(newMoon) >= 9) {
            newMoon = newMoonDay(k - 1);
        }
        return newMoon;
    }

    /** Counted from month 11: the first month without a principal solar term is the leap month. */
    private int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - NEW_MOON_1900) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }

    private long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + timeZone / 24);
    }

    /** Which of the 12 sectors of 30° the sun's longitude is in at the start of the local day. */
    private int sunLongitudeSector(long julianDay) {
        return (int) Math.floor(sunLongitude(julianDay - 0.5 - timeZone / 24) / Math.PI * 6);
    }

    /** Julian date (UT) of the k-th new moon after 1 January 1900 (Meeus, Astronomical Algorithms). */
    static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT;
        if (t < -11) {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
        }
        return jd1 + c1 - deltaT;
    }

    /** The sun's apparent longitude in radians (0..2π) at a Julian date. */
    static double sunLongitude(double julianDate) {
        double t = (julianDate - 2451545.0) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    }

    private static long julianDay(LocalDate date) {
        return date.getLong(JulianFields.JULIAN_DAY);
    }

    private static LocalDate fromJulianDay(long julianDay) {
        return LocalDate.MIN.with(JulianFields.JULIAN_DAY, julianDay);
    }
}
