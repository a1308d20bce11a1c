package vn.khenthuong.workflow;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * What a person may ask of the engine beyond its authorizations. Candidates of a task hold TASK_WORK on
 * it, which alone would let them complete it with any variables, claim it for someone else or end the
 * process with a BPMN error. Here, for everyone signed in (Tasklist, /engine-rest):
 * <ul>
 * <li>completing a task (complete, submit-form) needs a candidate of the step as the BPMN derives it now,
 * not as stored on the task, and accepts only the fields of the step's deployed form
 * ({@link StepForm});</li>
 * <li>a task is claimed only for oneself, except by administrators;</li>
 * <li>BPMN errors and escalations on tasks, identity changes (other than one's own password) and the
 * engine's metrics are for administrators only.</li>
 * </ul>
 * Work the application does itself runs without a signed-in engine user and is not guarded here.
 */
final class TaskGuard extends CommandInterceptor {

    private final StepForms forms;

    TaskGuard(StepForms forms) {
        this.forms = forms;
    }

    @Override
    public <T> T execute(Command<T> command) {
        CommandContext context = Context.getCommandContext();
        Authentication person = context == null ? null : context.getAuthentication();
        if (person != null && person.getUserId() != null) {
            GuardedCommand.of(command).ifPresent(guarded -> guarded.check(new Actor(person, context), forms));
        }
        return next.execute(command);
    }
}
