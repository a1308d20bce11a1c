package vn.khenthuong.dossier;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(name = "InitiativeRequest",
        description = "Một sáng kiến, đề tài khoa học hoặc giải pháp của cá nhân được đề nghị, đã được công nhận")
public record InitiativeRequest(
        @Schema(description = "Loại: sáng kiến (SANG_KIEN), đề tài khoa học (DE_TAI), giải pháp (GIAI_PHAP)",
                example = "SANG_KIEN", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "Chưa chọn loại: sáng kiến, đề tài khoa học hay giải pháp")
        InitiativeKind kind,

        @Schema(description = "Tên sáng kiến, đề tài, giải pháp", example = "Dạy học STEM cho học sinh vùng cao",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "Chưa nhập tên sáng kiến, đề tài, giải pháp")
        @Size(max = 500, message = "Tên sáng kiến, đề tài, giải pháp dài tối đa 500 ký tự")
        String title,

        @Schema(description = "Cơ quan, hội đồng đã công nhận", example = "Hội đồng sáng kiến tỉnh Cao Bằng",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "Chưa nhập cơ quan, hội đồng công nhận")
        @Size(max = 300, message = "Tên cơ quan, hội đồng công nhận dài tối đa 300 ký tự")
        String recognisedBy,

        @Schema(description = "Ngày công nhận (không sau ngày hôm nay)", example = "2025-10-15",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "Chưa nhập ngày công nhận")
        LocalDate recognisedOn,

        @Schema(description = "Số quyết định, văn bản công nhận (nếu có)", example = "1234/QĐ-UBND")
        @Size(max = 100, message = "Số quyết định, văn bản công nhận dài tối đa 100 ký tự")
        String reference,

        @Schema(description = "Phạm vi ảnh hưởng được công nhận: cơ sở (UNIT), cấp huyện (DISTRICT), cấp tỉnh (PROVINCE), "
                + "toàn quốc (NATIONAL)", example = "PROVINCE", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "Chưa chọn phạm vi ảnh hưởng: cơ sở, cấp huyện, cấp tỉnh hay toàn quốc")
        InitiativeScope scope) {
}
