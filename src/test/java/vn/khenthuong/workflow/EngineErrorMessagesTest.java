package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What Tasklist and integrations read when the engine refuses them. */
class EngineErrorMessagesTest {

    @Test
    void ourRefusalsLoseCamundasEnglishPrefix() {
        assertThat(EngineErrorMessages.vietnamese("RestException",
                "Cannot complete task 96f085c3-e76e-11f1-8b5a-02fc00000001: Bước «Bổ sung hồ sơ» không nhận trường «x»"))
                .isEqualTo("Bước «Bổ sung hồ sơ» không nhận trường «x»");
        assertThat(EngineErrorMessages.vietnamese("InvalidRequestException",
                "Cannot submit task form 96f085c3: Chọn kết quả xử lý")).isEqualTo("Chọn kết quả xử lý");
    }

    @Test
    void camundasOwnRefusalsAreSaidInVietnamese() {
        assertThat(EngineErrorMessages.vietnamese("AuthorizationException",
                "The user with id 'thuky.kbnn' does not have one of the following permissions: 'TASK_WORK'"))
                .isEqualTo("Bạn không có quyền thực hiện thao tác này");
        assertThat(EngineErrorMessages.vietnamese("RestException", "Cannot complete task 1: Cannot find task with id 1: task is null"))
                .startsWith("Không tìm thấy việc này");
        assertThat(EngineErrorMessages.vietnamese("TaskAlreadyClaimedException", "Task '44' is already claimed by someone else."))
                .isEqualTo("Việc này đã có người khác nhận");
    }
}
