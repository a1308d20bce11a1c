package vn.khenthuong.kernel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Vietnam has one time zone, UTC+07:00, and no daylight saving. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZONE);
    }
}
