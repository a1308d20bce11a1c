package vn.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SubmissionCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Finding MISSING = new Finding(null, "REQUIRED_DOCUMENTS", Severity.ERROR,
            "Hồ sơ thiếu tài liệu: Tờ trình");
    private static final Finding NOT_ELIGIBLE = new Finding(1L, "DUTY_RATING", Severity.ERROR, "Chưa đạt");
    private static final Finding NOTE = new Finding(1L, "QUOTA", Severity.WARNING, "Gần hết chỉ tiêu");

    @Test
    void saysWhatBlocksTheSubmissionAndWhatGoesUpWithIt() {
        assertThat(new DossierService.SubmissionCheck(TODAY, List.of(MISSING, MISSING), List.of(NOT_ELIGIBLE),
                List.of(NOTE)).sentence())
                .isEqualTo("Kết quả kiểm tra: 2 lỗi phải sửa trước khi nộp, 1 lỗi về điều kiện khen thưởng, 1 lưu ý.");
        assertThat(new DossierService.SubmissionCheck(TODAY, List.of(), List.of(NOT_ELIGIBLE), List.of()).sentence())
                .isEqualTo("Kết quả kiểm tra: 1 lỗi về điều kiện khen thưởng. Hồ sơ nộp được; cấp xét duyệt sẽ "
                        + "xem xét các lỗi, lưu ý này.");
        assertThat(new DossierService.SubmissionCheck(TODAY, List.of(), List.of(), List.of()).sentence())
                .isEqualTo("Kết quả kiểm tra: không có lỗi hay lưu ý nào, hồ sơ nộp được.");
    }
}
