package vn.khenthuong.nomination;

import java.util.Date;

import org.springframework.stereotype.Component;

import vn.khenthuong.calendar.WorkingCalendar;
import vn.khenthuong.kernel.VietnamTime;
import vn.khenthuong.settings.Settings;

/**
 * Due dates of the steps, in working days from now (settings {@code step-days.<STEP>}); the BPMN uses
 * it as {@code ${stepDeadlines.due('DISTRICT_CHECK')}} for the task's due date and its overdue timer.
 */
@Component("stepDeadlines")
public class StepDeadlines {

    private final Settings settings;
    private final WorkingCalendar calendar;

    StepDeadlines(Settings settings, WorkingCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    public Date due(String step) {
        var now = VietnamTime.now();
        int days = settings.integer("step-days." + step, now.toLocalDate());
        return Date.from(calendar.deadline(now, days).toInstant());
    }
}
