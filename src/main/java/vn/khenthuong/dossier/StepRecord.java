package vn.khenthuong.dossier;

import java.time.Instant;
import java.util.List;

/**
 * A user task of the dossier's process instance as the engine's history keeps it.
 *
 * @param end          null while the task is open
 * @param deleteReason the engine's reason for the end ("completed", "deleted"...), null while open
 */
record StepRecord(String taskId, String taskKey, String name, String assignee, List<String> candidateGroups,
        Instant start, Instant end, String deleteReason) {

    static final String SUPPLEMENT_PREFIX = "supplement";

    StepRecord {
        candidateGroups = List.copyOf(candidateGroups);
    }

    boolean open() {
        return end == null;
    }

    /** The unit's "Bổ sung hồ sơ" after a return, ended by a resubmission rather than a reviewer's outcome. */
    boolean supplement() {
        return taskKey.startsWith(SUPPLEMENT_PREFIX);
    }
}
