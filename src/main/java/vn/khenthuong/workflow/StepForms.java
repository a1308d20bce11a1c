package vn.khenthuong.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;

/**
 * The deployed form of each step, read once per process definition version: a version's forms are bound
 * to its deployment ({@code camunda:formRefBinding="deployment"}), so they never change under it.
 */
final class StepForms {

    private final Map<String, StepForm> byStep = new ConcurrentHashMap<>();

    StepForm of(TaskEntity task, CommandContext context) {
        String step = task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey();
        StepForm known = byStep.get(step);
        if (known != null) {
            return known;
        }
        StepForm form = read(task, context);
        byStep.put(step, form);
        return form;
    }

    private static StepForm read(TaskEntity task, CommandContext context) {
        if (!hasCamundaForm(task.getTaskDefinition())) {
            return StepForm.none(task.getName());
        }
        try (InputStream json = context.runWithoutAuthorization(new GetDeployedTaskFormCmd(task.getId()))) {
            return StepForm.parse(new String(json.readAllBytes(), StandardCharsets.UTF_8), task.getName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasCamundaForm(TaskDefinition definition) {
        return definition != null && definition.getCamundaFormDefinitionKey() != null;
    }
}
