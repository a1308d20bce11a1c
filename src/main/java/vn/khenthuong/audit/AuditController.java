package vn.khenthuong.audit;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.security.CurrentUser;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Kiểm tra, giám sát", description = "Nhật ký nghiệp vụ có chuỗi băm SHA-256, chỉ đọc")
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/verify")
    @Operation(summary = "Kiểm tra tính toàn vẹn của nhật ký",
            description = "Tính lại chuỗi băm của toàn bộ nhật ký và báo bản ghi đầu tiên bị sửa, xóa hoặc chèn, nếu có.")
    ChainCheck verify(@AuthenticationPrincipal CurrentUser user) {
        requireAuditor(user);
        return log.verify();
    }

    @GetMapping("/dossiers/{id}")
    @Operation(summary = "Nhật ký của một hồ sơ", description = "Mọi sự kiện nghiệp vụ của hồ sơ theo thứ tự ghi.")
    List<AuditEvent> ofDossier(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        requireAuditor(user);
        return log.ofDossier(id);
    }

    private static void requireAuditor(CurrentUser user) {
        if (!user.isAuditor() && !user.admin()) {
            throw Refusal.forbidden();
        }
    }
}
