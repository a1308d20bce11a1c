package vn.khenthuong.workflow;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Who a task is for, derived again from its step's definition: the BPMN's candidate expressions call the
 * application (organisation tree, dossier row), so whatever was stored on the task or in variables since
 * does not count. A task without candidate expressions (none of ours) falls back to its identity links.
 */
record StepCandidates(Set<String> groups, Set<String> users) {

    static StepCandidates of(TaskEntity task) {
        TaskDefinition definition = task.getTaskDefinition();
        if (definition == null || task.getExecution() == null
                || definition.getCandidateGroupIdExpressions().isEmpty() && definition.getCandidateUserIdExpressions().isEmpty()) {
            return stored(task);
        }
        return new StepCandidates(evaluate(definition.getCandidateGroupIdExpressions(), task),
                evaluate(definition.getCandidateUserIdExpressions(), task));
    }

    boolean includes(String userId, List<String> groupIds) {
        return users.contains(userId) || Actor.anyOf(groupIds, groups);
    }

    private static Set<String> evaluate(Set<Expression> expressions, TaskEntity task) {
        Set<String> ids = new LinkedHashSet<>();
        for (Expression expression : expressions) {
            Object value = expression.getValue(task.getExecution());
            if (value instanceof String s) {
                for (String id : s.split(",")) {
                    if (!id.isBlank()) {
                        ids.add(id.strip());
                    }
                }
            } else if (value instanceof Collection<?> c) {
                c.forEach(id -> ids.add(String.valueOf(id)));
            }
        }
        return ids;
    }

    private static StepCandidates stored(TaskEntity task) {
        Set<String> groups = new LinkedHashSet<>();
        Set<String> users = new LinkedHashSet<>();
        for (IdentityLinkEntity link : task.getIdentityLinks()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                if (link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                } else if (link.getUserId() != null) {
                    users.add(link.getUserId());
                }
            }
        }
        return new StepCandidates(groups, users);
    }
}
