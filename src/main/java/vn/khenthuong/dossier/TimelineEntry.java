package vn.khenthuong.dossier;

import java.time.Instant;
import java.util.List;

/**
 * One line of a dossier's history.
 *
 * @param when      the time in Vietnam, dd/MM/yyyy HH:mm
 * @param actor     the user id of who acted, or null for a step waiting for a group
 * @param actorOrg  the group or organisation they acted for, where known
 * @param what      what happened, in Vietnamese
 * @param details   comments, reasons, tallies, links
 * @param duration  for a finished step, how long it took; for the open step, how long it has waited
 * @param auditId   the number of the audit record, null for what comes from the engine's history
 */
public record TimelineEntry(Instant at, String when, String actor, String actorOrg, String what, List<Detail> details,
        String duration, Kind kind, Long auditId) {

    public enum Kind {
        /** A business event of the audit log. */
        EVENT,
        /** A step of the process was opened for a group. */
        STEP_OPENED,
        /** A step ended without a business event (cancelled by a withdrawal, for example). */
        STEP_ENDED,
        /** The step that is open now. */
        CURRENT
    }

    /** A line of detail; {@code href} when it links to a document. */
    public record Detail(String text, String href) {

        public static Detail text(String text) {
            return new Detail(text, null);
        }
    }

    public TimelineEntry {
        details = List.copyOf(details);
    }

    public boolean current() {
        return kind == Kind.CURRENT;
    }

    TimelineEntry withDuration(String newDuration) {
        return new TimelineEntry(at, when, actor, actorOrg, what, details, newDuration, kind, auditId);
    }
}
