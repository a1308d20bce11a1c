package vn.khenthuong.tracking;

import java.time.OffsetDateTime;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.khenthuong.audit.AuditLog;
import vn.khenthuong.kernel.VietnamTime;

/**
 * Marks an overdue task and tells the group that supervises it. The task stays where it is: the
 * people who hold it keep it, the supervisors only learn of the delay.
 */
@Service
public class Escalations {

    private final TaskService taskService;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    Escalations(TaskService taskService, JdbcClient jdbc, AuditLog audit) {
        this.taskService = taskService;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Returns false when the task was already done (nothing to escalate). */
    public boolean escalate(String processInstanceId, String taskKey, long dossierId, String dossierCode,
            String stepLabel, String supervisorGroup) {
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .singleResult();
        if (task == null) {
            return false;
        }
        OffsetDateTime now = VietnamTime.now();
        OffsetDateTime due = task.getDueDate() == null ? now
                : task.getDueDate().toInstant().atZone(VietnamTime.ZONE).toOffsetDateTime();
        jdbc.sql("""
                insert into overdue_task (task_id, dossier_id, step, due_at, escalated_at, escalated_to)
                values (?, ?, ?, ?, ?, ?)""")
                .params(task.getId(), dossierId, stepLabel, due, now, supervisorGroup).update();
        jdbc.sql("insert into notification (group_id, dossier_id, task_id, message, created_at) values (?, ?, ?, ?, ?)")
                .params(supervisorGroup, dossierId, task.getId(),
                        "Hồ sơ " + dossierCode + " quá hạn xử lý ở bước \"" + stepLabel + "\" (hạn "
                                + due.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")) + ")",
                        now)
                .update();
        audit.record("system", "TASK_OVERDUE", dossierId, java.util.Map.of("step", stepLabel, "taskId", task.getId(),
                "due", due.toString(), "toldGroup", supervisorGroup));
        return true;
    }
}
