package vn.khenthuong.workflow;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cmd.AbstractWritableIdentityServiceCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserInfoCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserPictureCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SetUserInfoCmd;
import org.camunda.bpm.engine.impl.cmd.SetUserPictureCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * An engine command the {@link TaskGuard} checks, with what it carries. The engine's commands keep their
 * arguments in protected fields without getters; {@code GuardedCommandTest} fails if an engine upgrade
 * renames one.
 */
sealed interface GuardedCommand {

    void check(Actor actor, StepForms forms);

    static Optional<GuardedCommand> of(Command<?> command) {
        if (command instanceof CompleteTaskCmd) {
            return Optional.of(new Completion(field(command, "taskId"), field(command, "variables")));
        }
        if (command instanceof SubmitTaskFormCmd) {
            return Optional.of(new Completion(field(command, "taskId"), field(command, "properties")));
        }
        if (command instanceof ClaimTaskCmd) {
            return Optional.of(new Claim(field(command, "taskId"), field(command, "userId")));
        }
        if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
            return Optional.of(new AdminOnly("Kết thúc việc bằng lỗi hay báo cáo vượt cấp (BPMN error, escalation)"));
        }
        if (command instanceof SaveUserCmd) {
            return Optional.of(new SaveUser(field(command, "user")));
        }
        if (command instanceof AbstractWritableIdentityServiceCmd || command instanceof SetUserInfoCmd
                || command instanceof DeleteUserInfoCmd || command instanceof SetUserPictureCmd
                || command instanceof DeleteUserPictureCmd) {
            return Optional.of(new AdminOnly("Thay đổi tài khoản, nhóm và thành viên"));
        }
        if (readsMetrics(command)) {
            return Optional.of(new AdminOnly("Số liệu vận hành của hệ thống (metrics)"));
        }
        return Optional.empty();
    }

    /** complete or submit-form: a candidate of the step, the task not someone else's, only the form's fields. */
    record Completion(String taskId, Map<String, Object> variables) implements GuardedCommand {

        @Override
        public void check(Actor actor, StepForms forms) {
            TaskEntity task = actor.context().getTaskManager().findTaskById(taskId);
            if (task == null) {
                return; // the command itself answers "not found"
            }
            actor.requireCandidateOf(task);
            if (task.getAssignee() != null && !task.getAssignee().equals(actor.userId())) {
                throw Actor.refused("Việc «" + task.getName() + "» đang do " + task.getAssignee()
                        + " xử lý: chỉ người đã nhận việc mới hoàn thành được");
            }
            forms.of(task, actor.context()).check(variables, task);
        }
    }

    /** A task is claimed by a candidate for themselves; administrators may hand it to anyone. */
    record Claim(String taskId, String userId) implements GuardedCommand {

        @Override
        public void check(Actor actor, StepForms forms) {
            if (actor.admin()) {
                return;
            }
            if (!actor.userId().equals(userId)) {
                throw Actor.refused("Chỉ nhận được việc về cho chính mình; giao việc cho người khác là việc của quản trị hệ thống");
            }
            TaskEntity task = actor.context().getTaskManager().findTaskById(taskId);
            if (task != null) {
                actor.requireCandidateOf(task);
            }
        }
    }

    /** People change their own password; names and e-mail, which documents print, only administrators. */
    record SaveUser(User user) implements GuardedCommand {

        @Override
        public void check(Actor actor, StepForms forms) {
            if (actor.admin()) {
                return;
            }
            User stored = user == null ? null : actor.context().getReadOnlyIdentityProvider().findUserById(user.getId());
            if (stored == null || !stored.getId().equals(actor.userId())
                    || !Objects.equals(stored.getFirstName(), user.getFirstName())
                    || !Objects.equals(stored.getLastName(), user.getLastName())
                    || !Objects.equals(stored.getEmail(), user.getEmail())) {
                throw Actor.refused("Họ tên và thư điện tử của tài khoản do quản trị hệ thống cập nhật; "
                        + "bạn chỉ tự đổi được mật khẩu của mình");
            }
        }
    }

    record AdminOnly(String what) implements GuardedCommand {

        @Override
        public void check(Actor actor, StepForms forms) {
            actor.requireAdmin(what);
        }
    }

    private static boolean readsMetrics(Command<?> command) {
        String name = command.getClass().getName();
        return name.startsWith("org.camunda.bpm.engine.impl.metrics.") || name.contains("Metric")
                || name.contains("TaskWorker");
    }

    @SuppressWarnings("unchecked")
    static <V> V field(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return (V) field.get(command);
            } catch (NoSuchFieldException e) {
                // declared higher up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(command.getClass().getName() + " has no field " + name);
    }
}
