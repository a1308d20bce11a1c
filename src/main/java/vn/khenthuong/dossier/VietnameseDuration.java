package vn.khenthuong.dossier;

import java.time.Duration;

/** How long something took, as people say it: "2 ngày 3 giờ", "45 phút" (calendar time, not working days). */
public final class VietnameseDuration {

    private VietnameseDuration() {
    }

    public static String of(Duration duration) {
        if (duration.isNegative() || duration.toMinutes() < 1) {
            return "dưới 1 phút";
        }
        long days = duration.toDays();
        int hours = duration.toHoursPart();
        int minutes = duration.toMinutesPart();
        if (days > 0) {
            return days + " ngày" + (hours > 0 ? " " + hours + " giờ" : "");
        }
        if (hours > 0) {
            return hours + " giờ" + (minutes > 0 ? " " + minutes + " phút" : "");
        }
        return minutes + " phút";
    }
}
