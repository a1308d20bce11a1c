package vn.khenthuong.dossier;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(name = "DossierRequest", description = "Nội dung hồ sơ đề nghị khen thưởng (tạo mới hoặc thay toàn bộ khi sửa)")
public record DossierRequest(
        @Schema(description = "Mã đơn vị đề nghị; bỏ trống nếu cán bộ thi đua chỉ phụ trách một đơn vị",
                example = "thhoachung")
        @Size(max = 40, message = "Mã đơn vị dài tối đa 40 ký tự")
        String unitCode,

        @Schema(description = "Mã danh hiệu hoặc hình thức khen thưởng (bảng award)", example = "CSTD_CS",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "Chưa chọn danh hiệu, hình thức khen thưởng")
        @Size(max = 20, message = "Mã danh hiệu dài tối đa 20 ký tự")
        String awardCode,

        @Schema(description = "Năm xét khen thưởng (mặc định năm hiện tại)", example = "2025")
        @Min(value = 2000, message = "Năm xét khen thưởng phải từ năm 2000 trở đi")
        Integer periodYear,

        @Schema(description = "Thành tích từ ngày", example = "2024-09-01")
        LocalDate periodFrom,

        @Schema(description = "Thành tích đến ngày", example = "2025-08-31")
        LocalDate periodTo,

        @Schema(description = "Khen thưởng đột xuất", example = "false")
        Boolean oneOff,

        @Schema(description = "Phong trào thi đua", example = "Dạy tốt, học tốt")
        @Size(max = 500, message = "Tên phong trào dài tối đa 500 ký tự")
        String movement,

        @Schema(description = "Tóm tắt thành tích của hồ sơ",
                example = "Năm học 2024-2025 trường hoàn thành xuất sắc nhiệm vụ được giao.")
        @Size(max = 4000, message = "Tóm tắt dài tối đa 4000 ký tự")
        String summary,

        @Schema(description = "Danh sách cá nhân, tập thể được đề nghị")
        @Valid
        @Size(max = 1000, message = "Một hồ sơ có tối đa 1000 người, tập thể được đề nghị")
        List<@NotNull(message = "Phần tử danh sách đề nghị không được rỗng") NomineeRequest> nominees,

        @Schema(description = "Khi sửa: phiên bản hồ sơ đã đọc, để không ghi đè thay đổi của người khác", example = "0")
        Integer version) {

    List<NomineeRequest> nomineesOrEmpty() {
        return nominees == null ? List.of() : nominees;
    }
}
