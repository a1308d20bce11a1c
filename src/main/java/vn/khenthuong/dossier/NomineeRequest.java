package vn.khenthuong.dossier;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.khenthuong.award.NomineeKind;

@Schema(name = "NomineeRequest", description = "Một cá nhân hoặc tập thể được đề nghị")
public record NomineeRequest(
        @Schema(description = "Khi sửa: id của người, tập thể đã có trong hồ sơ (bỏ trống nếu thêm mới)",
                nullable = true)
        Long id,

        @Schema(description = "Cá nhân (INDIVIDUAL) hay tập thể (COLLECTIVE)", example = "INDIVIDUAL",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "Chưa chọn cá nhân hay tập thể")
        NomineeKind kind,

        @Schema(description = "Họ và tên cá nhân, hoặc tên tập thể", example = "Nguyễn Thị Hoa",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "Họ tên (hoặc tên tập thể) không được để trống")
        @Size(max = 300, message = "Họ tên dài tối đa 300 ký tự")
        String fullName,

        @Schema(description = "Số căn cước công dân (12 chữ số), bắt buộc với cá nhân", example = "004190001234")
        @Pattern(regexp = "\\d{12}", message = "Số CCCD phải gồm đúng 12 chữ số")
        String cccd,

        @Schema(description = "Ngày sinh", example = "1985-03-12")
        LocalDate birthDate,

        @Schema(description = "Chức vụ, đơn vị công tác", example = "Giáo viên")
        @Size(max = 300, message = "Chức vụ dài tối đa 300 ký tự")
        String jobTitle,

        @Schema(description = "Người lao động trực tiếp", example = "true")
        Boolean directWorker,

        @Schema(description = "Mã tập thể (mã đơn vị trong cây tổ chức hoặc mã nội bộ), bắt buộc với tập thể",
                example = "thhoachung-to1")
        @Size(max = 40, message = "Mã tập thể dài tối đa 40 ký tự")
        String collectiveCode,

        @Schema(description = "Tập thể nhỏ (tổ, đội, phòng…)", example = "false")
        Boolean smallCollective,

        @Schema(description = "Số thành viên của tập thể", example = "12")
        @Min(value = 1, message = "Số thành viên phải từ 1 trở lên")
        Integer memberCount,

        @Schema(description = "Số thành viên đạt Lao động tiên tiến", example = "10")
        @Min(value = 0, message = "Số thành viên đạt LĐTT không được âm")
        Integer ldttCount,

        @Schema(description = "Số thành viên đạt Chiến sĩ thi đua cơ sở", example = "2")
        @Min(value = 0, message = "Số thành viên đạt CSTĐ cơ sở không được âm")
        Integer cstdcsCount,

        @Schema(description = "Số thành viên bị kỷ luật từ khiển trách trở lên", example = "0")
        @Min(value = 0, message = "Số thành viên bị kỷ luật không được âm")
        Integer disciplinedCount,

        @Schema(description = "Mức hoàn thành nhiệm vụ: HTXS, HTT, HT, KHT", example = "HTXS")
        DutyRating dutyRating,

        @Schema(description = "Số năm liên tục hoàn thành xuất sắc nhiệm vụ", example = "2")
        @Min(value = 0, message = "Số năm hoàn thành xuất sắc không được âm")
        @Max(value = 60, message = "Số năm hoàn thành xuất sắc không hợp lệ")
        Integer excellentYears,

        @Schema(description = "Số sáng kiến được công nhận. Khi có danh sách initiatives, số này được tính theo danh sách: "
                + "bỏ trống hoặc gửi đúng số phần tử. Chỉ dùng riêng cho hồ sơ lập trước khi có danh sách; Chiến sĩ thi đua "
                + "cấp tỉnh cần kê khai từng sáng kiến trong initiatives", example = "1", deprecated = true)
        @Min(value = 0, message = "Số sáng kiến không được âm")
        Integer initiativeCount,

        @Schema(description = "Số tháng công tác trong năm xét", example = "12")
        @Min(value = 0, message = "Số tháng công tác phải từ 0 đến 12")
        @Max(value = 12, message = "Số tháng công tác phải từ 0 đến 12")
        Integer monthsOfService,

        @Schema(description = "Đang bị kỷ luật, điều tra, thanh tra hoặc có khiếu nại chưa giải quyết", example = "false")
        Boolean underDiscipline,

        @Schema(description = "Thành tích tóm tắt", example = "Sáng kiến \"Dạy học STEM ở vùng cao\" được Hội đồng cấp cơ sở công nhận.")
        @Size(max = 4000, message = "Thành tích dài tối đa 4000 ký tự")
        String achievement,

        @Schema(description = "Sáng kiến, đề tài khoa học, giải pháp đã được công nhận (chỉ cá nhân). Khi sửa hồ sơ, "
                + "không gửi trường này thì giữ nguyên danh sách đã có; gửi [] để xóa hết", nullable = true)
        @Valid
        @Size(max = NomineeRequest.MAX_INITIATIVES,
                message = "Một người kê khai tối đa " + NomineeRequest.MAX_INITIATIVES + " sáng kiến, đề tài, giải pháp")
        List<@NotNull(message = "Phần tử danh sách sáng kiến không được rỗng") InitiativeRequest> initiatives) {

    static final int MAX_INITIATIVES = 20;
}
