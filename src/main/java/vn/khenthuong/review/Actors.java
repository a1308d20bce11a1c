package vn.khenthuong.review;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is completing a task: the person signed in to Tasklist or the API, else the task's assignee. */
@Component
class Actors {

    private final IdentityService identityService;

    Actors(IdentityService identityService) {
        this.identityService = identityService;
    }

    String of(DelegateTask task) {
        Authentication auth = identityService.getCurrentAuthentication();
        if (auth != null && auth.getUserId() != null) {
            return auth.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "system";
    }
}
