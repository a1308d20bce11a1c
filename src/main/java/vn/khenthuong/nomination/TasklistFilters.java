package vn.khenthuong.nomination;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.khenthuong.workflow.TaskCard;

/**
 * The shared Tasklist filters every reviewer and secretary sees: mine, my unit's, overdue; each card shows
 * the dossier it is about. Kept up to date on every start.
 */
@Component
class TasklistFilters {

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void ensure() {
        ensure("Việc của tôi", -5, "Việc đã nhận về mình",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensure("Việc của đơn vị", -10, "Việc giao cho các nhóm của tôi, kể cả việc đồng nghiệp đã nhận",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks());
        ensure("Quá hạn", 0, "Việc của nhóm tôi đã quá hạn xử lý",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().dueBeforeExpression("${now()}"));
    }

    private void ensure(String name, int priority, String description, TaskQuery query) {
        Map<String, Object> properties = Map.of("priority", priority, "description", description, "refresh", true,
                "variables", TaskCard.FILTER_VARIABLES);
        Filter existing = filterService.createTaskFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            filterService.saveFilter(existing.setProperties(properties));
            return;
        }
        Filter filter = filterService.newTaskFilter(name).setQuery(query).setProperties(properties);
        filterService.saveFilter(filter);
        Authorization auth = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        auth.setUserId(Authorization.ANY);
        auth.setResource(Resources.FILTER);
        auth.setResourceId(filter.getId());
        auth.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(auth);
    }
}
