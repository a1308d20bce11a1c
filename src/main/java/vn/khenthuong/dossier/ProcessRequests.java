package vn.khenthuong.dossier;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Optional bodies of the submit and withdraw requests. */
final class ProcessRequests {

    private ProcessRequests() {
    }

    @Schema(name = "SubmitRequest", description = "Khi trình lại hồ sơ bị trả: giải trình của đơn vị")
    record Submit(
            @Schema(description = "Giải trình, nội dung đã bổ sung (chỉ khi trình lại)",
                    example = "Đã bổ sung biên bản họp Hội đồng và sửa ngày sinh của bà Nguyễn Thị Hoa.")
            @Size(max = 4000, message = "Giải trình dài tối đa 4000 ký tự")
            String response) {
    }

    @Schema(name = "WithdrawRequest", description = "Lý do rút hồ sơ")
    record Withdraw(
            @Schema(description = "Lý do rút", example = "Đơn vị phát hiện sai sót trong danh sách, sẽ lập hồ sơ mới.")
            @Size(max = 4000, message = "Lý do dài tối đa 4000 ký tự")
            String reason) {
    }
}
