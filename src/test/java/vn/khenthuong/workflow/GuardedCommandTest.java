package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.metrics.MetricsQueryImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

/** The engine commands the guard reads, with the fields it reads: an engine upgrade that renames one fails here. */
class GuardedCommandTest {

    @Test
    void completionsCarryTheTaskAndTheVariables() {
        assertThat(GuardedCommand.of(new CompleteTaskCmd("t1", Map.of("outcome", "APPROVE"))))
                .contains(new GuardedCommand.Completion("t1", Map.of("outcome", "APPROVE")));
        assertThat(GuardedCommand.of(new SubmitTaskFormCmd("t2", Map.of("a", 1), false, false)))
                .hasValueSatisfying(c -> assertThat(((GuardedCommand.Completion) c).variables()).containsEntry("a", 1));
    }

    @Test
    void claimsCarryWhoTheTaskIsClaimedFor() {
        assertThat(GuardedCommand.of(new ClaimTaskCmd("t1", "thuky.kbnn"))).contains(new GuardedCommand.Claim("t1", "thuky.kbnn"));
    }

    @Test
    void errorsIdentityAndMetricsAreForAdministrators() {
        assertThat(GuardedCommand.of(new HandleTaskBpmnErrorCmd("t1", "E"))).containsInstanceOf(GuardedCommand.AdminOnly.class);
        assertThat(GuardedCommand.of(new HandleTaskEscalationCmd("t1", "E"))).containsInstanceOf(GuardedCommand.AdminOnly.class);
        assertThat(GuardedCommand.of(new DeleteUserCmd("u"))).containsInstanceOf(GuardedCommand.AdminOnly.class);
        assertThat(GuardedCommand.of(new MetricsQueryImpl(null))).containsInstanceOf(GuardedCommand.AdminOnly.class);
        UserEntity user = new UserEntity("chutich.tpcb");
        assertThat(GuardedCommand.of(new SaveUserCmd(user))).contains(new GuardedCommand.SaveUser(user));
    }
}
