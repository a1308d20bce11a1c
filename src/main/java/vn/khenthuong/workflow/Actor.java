package vn.khenthuong.workflow;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/** The signed-in person a guarded command runs for, in that command's context. */
final class Actor {

    private final Authentication authentication;
    private final CommandContext context;
    private List<String> groupIds;

    Actor(Authentication authentication, CommandContext context) {
        this.authentication = authentication;
        this.context = context;
    }

    String userId() {
        return authentication.getUserId();
    }

    CommandContext context() {
        return context;
    }

    boolean admin() {
        return context.getAuthorizationManager().isCamundaAdmin(authentication);
    }

    List<String> groupIds() {
        if (groupIds == null) {
            groupIds = authentication.getGroupIds() != null ? authentication.getGroupIds()
                    : context.getReadOnlyIdentityProvider().createGroupQuery().groupMember(userId()).list().stream()
                            .map(Group::getId).toList();
        }
        return groupIds;
    }

    /** Refuses unless the person is one of the task's candidates as its step's definition derives them now. */
    void requireCandidateOf(TaskEntity task) {
        StepCandidates candidates = StepCandidates.of(task);
        if (!candidates.includes(userId(), groupIds())) {
            throw refused("Bạn không thuộc nhóm được giao việc «" + task.getName() + "» của hồ sơ này");
        }
    }

    void requireAdmin(String what) {
        if (!admin()) {
            throw refused(what + " chỉ dành cho quản trị hệ thống");
        }
    }

    static AuthorizationException refused(String message) {
        return new AuthorizationException(message);
    }

    static boolean anyOf(List<String> mine, Set<String> wanted) {
        return mine.stream().anyMatch(wanted::contains);
    }
}
