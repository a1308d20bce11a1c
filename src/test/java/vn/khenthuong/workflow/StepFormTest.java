package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** What a step accepts on completion, read from the project's own forms. */
class StepFormTest {

    private final VariableScope task = mock(VariableScope.class);

    @Test
    void everyFormOfTheProjectIsReadWithItsInputs() throws IOException {
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.toList()) {
                assertThatCode(() -> form(form.getFileName().toString())).as(form.toString()).doesNotThrowAnyException();
            }
        }
        assertThat(form("tham-dinh-ho-so.form").fields()).containsOnlyKeys("outcome", "comment", "overrideReason");
        assertThat(form("bieu-quyet-hoi-dong.form").fields())
                .containsOnlyKeys("membersTotal", "membersPresent", "votesText", "outcome", "comment", "overrideReason");
        assertThat(form("bo-sung-ho-so.form").fields()).containsOnlyKeys("supplementResponse");
        assertThat(form("ky-quyet-dinh.form").fields()).containsOnlyKeys("decisionOutcome", "signingConfirmed", "decisionComment");
    }

    @Test
    void theFieldsOfTheFormAreAccepted() throws IOException {
        assertThatCode(() -> form("bieu-quyet-hoi-dong.form").check(Map.of("outcome", "APPROVE", "membersTotal", 9,
                "membersPresent", 9L, "votesText", "Nguyễn Văn An (mã 1): 9"), task)).doesNotThrowAnyException();
        Map<String, Object> cleared = new HashMap<>();
        cleared.put("comment", null);
        assertThatCode(() -> form("tham-dinh-ho-so.form").check(cleared, task)).doesNotThrowAnyException();
        assertThatCode(() -> form("tham-dinh-ho-so.form").check(Variables.createVariables()
                .putValueTyped("outcome", Variables.stringValue("RETURN")), task)).doesNotThrowAnyException();
    }

    @Test
    void aFieldTheFormDoesNotHaveIsRefusedByName() throws IOException {
        assertThatThrownBy(() -> form("bo-sung-ho-so.form").check(Map.of("supplementResponse", "Đã bổ sung",
                "districtReviewerGroup", "xadinhphong-thuky"), task))
                .isInstanceOf(TaskInputRefused.class)
                .hasMessageContaining("không nhận trường «districtReviewerGroup»")
                .hasMessageContaining("«Nội dung đã bổ sung, giải trình» (supplementResponse)");
    }

    @Test
    void valuesMustHaveTheFieldsTypeAndAllowedValues() throws IOException {
        StepForm council = form("bieu-quyet-hoi-dong.form");
        assertThatThrownBy(() -> council.check(Map.of("outcome", "APPROVE_ALL"), task))
                .isInstanceOf(TaskInputRefused.class).hasMessageContaining("một trong các lựa chọn [APPROVE, RETURN, REJECT]");
        assertThatThrownBy(() -> council.check(Map.of("membersTotal", "9"), task))
                .isInstanceOf(TaskInputRefused.class).hasMessageContaining("phải là một số");
        assertThatThrownBy(() -> council.check(Map.of("membersTotal", 0), task))
                .isInstanceOf(TaskInputRefused.class).hasMessageContaining("phải từ 1 trở lên");
        assertThatThrownBy(() -> council.check(Map.of("membersTotal", Double.NaN), task))
                .isInstanceOf(TaskInputRefused.class);
        assertThatThrownBy(() -> council.check(Map.of("comment", List.of("a")), task))
                .isInstanceOf(TaskInputRefused.class).hasMessageContaining("phải là một đoạn chữ");
        assertThatThrownBy(() -> council.check(Map.of("comment", "x".repeat(4001)), task))
                .isInstanceOf(TaskInputRefused.class).hasMessageContaining("dài tối đa 4000 ký tự");
        assertThatThrownBy(() -> council.check(Variables.createVariables()
                .putValueTyped("comment", Variables.objectValue("x").create()), task))
                .isInstanceOf(TaskInputRefused.class);
    }

    @Test
    void displayOnlyComponentsAcceptNothing() {
        StepForm form = StepForm.parse("""
                {"components": [
                  {"type": "text", "text": "=dossierSummary"},
                  {"type": "textfield", "key": "shown", "disabled": true},
                  {"type": "textfield", "key": "fixed", "readonly": true},
                  {"type": "group", "components": [{"type": "checkbox", "key": "agreed", "label": "Đồng ý"}]}
                ]}""", "Bước thử");
        assertThat(form.fields()).containsOnlyKeys("fixed", "agreed");
        assertThatThrownBy(() -> form.check(Map.of("dossierSummary", "[x](https://example.com)"), task))
                .isInstanceOf(TaskInputRefused.class);
        assertThatThrownBy(() -> form.check(Map.of("shown", "y"), task)).isInstanceOf(TaskInputRefused.class);
        assertThatThrownBy(() -> form.check(Map.of("fixed", "changed"), task))
                .isInstanceOf(TaskInputRefused.class).hasMessageContaining("chỉ để đọc");
        assertThatThrownBy(() -> form.check(Map.of("agreed", "true"), task)).isInstanceOf(TaskInputRefused.class);
    }

    @Test
    void aComponentTypeTheGuardDoesNotKnowStopsTheReadingRatherThanLettingItThrough() {
        assertThatThrownBy(() -> StepForm.parse("{\"components\":[{\"type\":\"dynamiclist\",\"key\":\"rows\"}]}", "x"))
                .hasMessageContaining("chưa được hỗ trợ");
    }

    private static StepForm form(String file) throws IOException {
        return StepForm.parse(Files.readString(Path.of("forms", file), StandardCharsets.UTF_8), file);
    }
}
