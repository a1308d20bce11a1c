package vn.khenthuong.dossier;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "CheckResult", description = "Kết quả kiểm tra hồ sơ (không trình, không lưu)")
record CheckResult(LocalDate decisionDate, long errorCount, long warningCount, List<Finding> findings) {
}
