package vn.khenthuong.nomination;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.khenthuong.security.EngineUser;

/** Who is completing a task: the person signed in to Tasklist or the API, else the task's assignee. */
@Component
class Actors {

    private final EngineUser engineUser;

    Actors(EngineUser engineUser) {
        this.engineUser = engineUser;
    }

    String of(DelegateTask task) {
        return engineUser.current().orElse(task.getAssignee() != null ? task.getAssignee() : EngineUser.SYSTEM);
    }
}
