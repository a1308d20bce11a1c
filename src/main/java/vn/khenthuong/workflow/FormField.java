package vn.khenthuong.workflow;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;

import com.fasterxml.jackson.databind.JsonNode;

/** One input of a Camunda Form, with what a submitted value must be. */
record FormField(String key, String label, Kind kind, Set<String> choices, Integer maxLength, Double min, Double max,
        boolean readonly) {

    enum Kind {
        TEXT("một đoạn chữ"), NUMBER("một số"), CHOICE("một trong các lựa chọn của biểu mẫu"), BOOLEAN("có hoặc không");

        final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    /** Value types a form never submits: objects, files, JSON and XML documents. */
    private static final Set<ValueType> FOREIGN = Set.of(ValueType.OBJECT, ValueType.BYTES, ValueType.FILE);

    /** The input a form-js component describes, if it is one: components without a key only display. */
    static Optional<FormField> of(JsonNode component) {
        String key = component.path("key").asText(null);
        if (key == null || key.isBlank() || component.path("disabled").asBoolean(false)) {
            return Optional.empty();
        }
        Kind kind = switch (component.path("type").asText()) {
            case "textfield", "textarea", "datetime" -> Kind.TEXT;
            case "number" -> Kind.NUMBER;
            case "radio", "select" -> Kind.CHOICE;
            case "checkbox" -> Kind.BOOLEAN;
            default -> throw new IllegalStateException("Loại trường «" + component.path("type").asText()
                    + "» của biểu mẫu chưa được hỗ trợ khi kiểm tra dữ liệu hoàn thành việc (trường " + key + ")");
        };
        Set<String> choices = new LinkedHashSet<>();
        component.path("values").forEach(v -> choices.add(v.path("value").asText()));
        JsonNode validate = component.path("validate");
        return Optional.of(new FormField(key, component.path("label").asText(key), kind, choices,
                validate.has("maxLength") ? validate.get("maxLength").asInt() : null,
                validate.has("min") ? validate.get("min").asDouble() : null,
                validate.has("max") ? validate.get("max").asDouble() : null,
                component.path("readonly").asBoolean(false)));
    }

    void check(TypedValue typed, VariableScope task) {
        ValueType type = typed.getType();
        if (type != null && (FOREIGN.contains(type) || "json".equals(type.getName()) || "xml".equals(type.getName()))) {
            throw refused("phải là " + kind.description);
        }
        Object value = typed.getValue();
        if (value == null) {
            return;
        }
        if (readonly && !Objects.equals(value, task.getVariable(key))) {
            throw refused("chỉ để đọc, không sửa được");
        }
        switch (kind) {
            case TEXT -> {
                if (!(value instanceof String s)) {
                    throw refused("phải là " + kind.description);
                }
                if (maxLength != null && s.length() > maxLength) {
                    throw refused("dài tối đa " + maxLength + " ký tự");
                }
            }
            case NUMBER -> {
                if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
                    throw refused("phải là " + kind.description);
                }
                if (min != null && n.doubleValue() < min || max != null && n.doubleValue() > max) {
                    throw refused(max == null ? "phải từ " + number(min) + " trở lên"
                            : min == null ? "tối đa là " + number(max) : "phải từ " + number(min) + " đến " + number(max));
                }
            }
            case CHOICE -> {
                if (!(value instanceof String s) || !choices.contains(s)) {
                    throw refused("phải là một trong các lựa chọn " + choices);
                }
            }
            case BOOLEAN -> {
                if (!(value instanceof Boolean)) {
                    throw refused("phải là " + kind.description);
                }
            }
        }
    }

    private TaskInputRefused refused(String rule) {
        return new TaskInputRefused("Trường «" + label + "» " + rule);
    }

    private static String number(double value) {
        return value % 1 == 0 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
