package vn.khenthuong.workflow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fields one step accepts on completion, read from its deployed Camunda Form: a completion may set
 * these and nothing else, each with its type and allowed values. Text, HTML and other display components
 * carry no key and accept nothing; disabled fields are display only.
 */
final class StepForm {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String stepName;
    private final Map<String, FormField> fields;

    private StepForm(String stepName, Map<String, FormField> fields) {
        this.stepName = stepName;
        this.fields = fields;
    }

    static StepForm none(String stepName) {
        return new StepForm(stepName, Map.of());
    }

    static StepForm parse(String formJson, String stepName) {
        try {
            Map<String, FormField> fields = new LinkedHashMap<>();
            collect(JSON.readTree(formJson).path("components"), fields);
            return new StepForm(stepName, Collections.unmodifiableMap(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Biểu mẫu của bước «" + stepName + "» không đọc được", e);
        }
    }

    Map<String, FormField> fields() {
        return fields;
    }

    /** Refuses the completion unless every variable it sets is a field of this form with an acceptable value. */
    void check(Map<String, Object> submitted, VariableScope task) {
        if (submitted == null || submitted.isEmpty()) {
            return;
        }
        VariableMap typed = Variables.fromMap(submitted);
        String unknown = typed.keySet().stream().filter(name -> !fields.containsKey(name)).sorted()
                .map(name -> "«" + name + "»").collect(Collectors.joining(", "));
        if (!unknown.isEmpty()) {
            throw new TaskInputRefused("Bước «" + stepName + "» không nhận trường " + unknown + "; biểu mẫu của bước chỉ có "
                    + (fields.isEmpty() ? "phần để đọc, không có trường nào để nhập" : describeFields()));
        }
        for (String name : typed.keySet()) {
            fields.get(name).check(typed.getValueTyped(name), task);
        }
    }

    private String describeFields() {
        return fields.values().stream().map(f -> "«" + f.label() + "» (" + f.key() + ")").collect(Collectors.joining(", "));
    }

    private static void collect(JsonNode components, Map<String, FormField> fields) {
        for (JsonNode component : components) {
            FormField.of(component).ifPresent(f -> fields.put(f.key(), f));
            collect(component.path("components"), fields);
        }
    }
}
