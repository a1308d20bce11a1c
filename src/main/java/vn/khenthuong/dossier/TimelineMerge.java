package vn.khenthuong.dossier;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import vn.khenthuong.audit.AuditEvent;
import vn.khenthuong.dossier.TimelineEntry.Detail;
import vn.khenthuong.dossier.TimelineEntry.Kind;
import vn.khenthuong.kernel.VietnamTime;

/**
 * Puts a dossier's audit events and the user tasks of its process on one time line. A task that ended
 * with a business event (a reviewer's outcome, the unit's resubmission) lends that event its duration;
 * the opening of every task and the end of a task without such an event (a withdrawal cancelled it)
 * become entries of their own.
 */
final class TimelineMerge {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VietnamTime.ZONE);
    static final String SYSTEM = "system";
    /** The event and the task end are written in one transaction; this only guards against a far-off pairing. */
    private static final Duration MATCH_WINDOW = Duration.ofMinutes(5);

    private final Directory directory;
    private final AuditEventText text;
    private final Clock clock;

    TimelineMerge(Directory directory, Clock clock) {
        this.directory = directory;
        this.text = new AuditEventText(directory);
        this.clock = clock;
    }

    /** The entries, oldest first. */
    List<TimelineEntry> merge(List<AuditEvent> events, List<StepRecord> steps) {
        List<Item> items = new ArrayList<>();
        List<AuditEvent> ordered = events.stream().sorted(Comparator.comparingLong(AuditEvent::id)).toList();
        for (int i = 0; i < ordered.size(); i++) {
            AuditEvent event = ordered.get(i);
            if (AuditEventText.COUNCIL_VOTE.equals(event.eventType())) {
                List<AuditEvent> sitting = sitting(ordered, i);
                items.add(new Item(councilVote(sitting), event.eventType(), event.actor(), 0, items.size()));
                i += sitting.size() - 1;
            } else {
                items.add(new Item(eventEntry(event), event.eventType(), event.actor(), 0, items.size()));
            }
        }
        for (StepRecord step : steps.stream().sorted(Comparator.comparing(StepRecord::start)).toList()) {
            items.add(new Item(opened(step), null, null, 2, items.size()));
            if (!step.open()) {
                String took = VietnameseDuration.of(Duration.between(step.start(), step.end()));
                Item ending = endingEvent(items, step);
                if (ending != null) {
                    ending.entry = ending.entry.withDuration(took);
                    ending.matched = true;
                } else {
                    items.add(new Item(ended(step, took), null, null, 1, items.size()));
                }
            }
        }
        return items.stream()
                .sorted(Comparator.comparing((Item it) -> it.entry.at()).thenComparingInt(it -> it.priority)
                        .thenComparingInt(it -> it.sequence))
                .map(it -> it.entry).toList();
    }

    /** The votes on every nominee of one council sitting: consecutive events of one actor and one step. */
    private static List<AuditEvent> sitting(List<AuditEvent> events, int from) {
        AuditEvent first = events.get(from);
        String step = AuditEventText.text(AuditEventText.payload(first), "step");
        List<AuditEvent> sitting = new ArrayList<>();
        for (int i = from; i < events.size(); i++) {
            AuditEvent e = events.get(i);
            if (!AuditEventText.COUNCIL_VOTE.equals(e.eventType()) || !e.actor().equals(first.actor())
                    || !Objects.equals(step, AuditEventText.text(AuditEventText.payload(e), "step"))) {
                break;
            }
            sitting.add(e);
        }
        return sitting;
    }

    private TimelineEntry councilVote(List<AuditEvent> sitting) {
        AuditEvent first = sitting.get(0);
        List<Detail> details = new ArrayList<>();
        sitting.forEach(e -> details.add(Detail.text(AuditEventText.tally(AuditEventText.payload(e)))));
        JsonNode p = AuditEventText.payload(first);
        if (p.has("membersPresent")) {
            details.add(Detail.text(AuditEventText.sitting(p)));
        }
        return new TimelineEntry(first.occurredAt(), WHEN.format(first.occurredAt()), first.actor(),
                actingFor(first), text.what(first), details, null, Kind.EVENT, first.id());
    }

    private TimelineEntry eventEntry(AuditEvent event) {
        return new TimelineEntry(event.occurredAt(), WHEN.format(event.occurredAt()), event.actor(), actingFor(event),
                text.what(event), text.details(event), null, Kind.EVENT, event.id());
    }

    private String actingFor(AuditEvent event) {
        return SYSTEM.equals(event.actor()) ? "Hệ thống tự động" : directory.actingFor(event.actor(), event.orgCode());
    }

    private TimelineEntry opened(StepRecord step) {
        String groups = step.candidateGroups().stream().map(directory::groupName).collect(Collectors.joining(", "));
        if (step.open()) {
            return new TimelineEntry(step.start(), WHEN.format(step.start()), step.assignee(),
                    groups.isEmpty() ? null : groups, "Đang chờ xử lý: " + step.name(), List.of(),
                    VietnameseDuration.of(Duration.between(step.start(), clock.instant())), Kind.CURRENT, null);
        }
        return new TimelineEntry(step.start(), WHEN.format(step.start()), null, groups.isEmpty() ? null : groups,
                "Chuyển đến bước: " + step.name(), List.of(), null, Kind.STEP_OPENED, null);
    }

    private static TimelineEntry ended(StepRecord step, String took) {
        String why = "completed".equals(step.deleteReason()) ? "hoàn thành"
                : "kết thúc vì quy trình dừng (hồ sơ rút hoặc đã có kết quả)";
        return new TimelineEntry(step.end(), WHEN.format(step.end()), step.assignee(), null,
                "Bước " + step.name() + " " + why, List.of(), took, Kind.STEP_ENDED, null);
    }

    /** The not yet paired business event nearest to the task's end that ended this kind of task. */
    private static Item endingEvent(List<Item> items, StepRecord step) {
        String type = step.supplement() ? AuditEventText.RESUBMITTED : AuditEventText.STEP_COMPLETED;
        Item best = null;
        Duration bestGap = MATCH_WINDOW;
        for (Item item : items) {
            if (item.matched || !type.equals(item.eventType)
                    || step.assignee() != null && !step.assignee().equals(item.actor)) {
                continue;
            }
            Duration gap = Duration.between(item.entry.at(), step.end()).abs();
            if (gap.compareTo(bestGap) <= 0) {
                best = item;
                bestGap = gap;
            }
        }
        return best;
    }

    /** An entry while merging; {@code priority} orders what happened in the same millisecond. */
    private static final class Item {
        TimelineEntry entry;
        final String eventType;
        final String actor;
        final int priority;
        final int sequence;
        boolean matched;

        Item(TimelineEntry entry, String eventType, String actor, int priority, int sequence) {
            this.entry = entry;
            this.eventType = eventType;
            this.actor = actor;
            this.priority = priority;
            this.sequence = sequence;
        }
    }
}
