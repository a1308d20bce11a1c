package vn.khenthuong.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import vn.khenthuong.kernel.VietnamTime;

/**
 * Dates and times as pages show them, in Vietnam time whatever offset the database returned:
 * {@code ${@vnTime.minutes(d.submittedAt)}} gives "05/04/2026 10:15".
 */
@Component("vnTime")
public class VietnamDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss xxx");

    public String day(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }

    public String minutes(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(VietnamTime.ZONE).format(MINUTES);
    }

    public String minutes(Instant time) {
        return time == null ? "" : time.atZone(VietnamTime.ZONE).format(MINUTES);
    }

    /** With seconds and the offset, as a signature's time is shown: "05/04/2026 10:15:30 +07:00". */
    public String seconds(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(VietnamTime.ZONE).format(SECONDS);
    }
}
