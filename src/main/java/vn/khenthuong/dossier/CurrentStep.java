package vn.khenthuong.dossier;

import java.time.OffsetDateTime;
import java.util.List;

/** An open step of a dossier: the task, who holds it, since when and until when. */
public record CurrentStep(String taskId, String stepKey, String name, String assignee, List<String> candidateGroups,
        OffsetDateTime since, OffsetDateTime due, boolean overdue) {
}
