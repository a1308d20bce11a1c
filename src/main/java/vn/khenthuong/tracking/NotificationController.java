package vn.khenthuong.tracking;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.kernel.VietnamTime;
import vn.khenthuong.security.CheckedBy;
import vn.khenthuong.security.CurrentUser;

@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Thông báo", description = "Thông báo cho các nhóm của người dùng, ví dụ hồ sơ quá hạn xử lý")
class NotificationController {

    record Notification(long id, String groupId, Long dossierId, String taskId, String message,
            OffsetDateTime createdAt, OffsetDateTime readAt) {
    }

    private final JdbcClient jdbc;

    NotificationController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping
    @Operation(summary = "Thông báo của tôi", description = "Thông báo gửi tới các nhóm của người đăng nhập, mới nhất trước.")
    List<Notification> mine(@AuthenticationPrincipal CurrentUser user) {
        if (user.groupIds().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, group_id, dossier_id, task_id, message, created_at, read_at from notification
                where group_id in (:groups) order by created_at desc, id desc""")
                .param("groups", user.groupIds())
                .query((rs, n) -> new Notification(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class),
                        rs.getObject(7, OffsetDateTime.class)))
                .list();
    }

    @PostMapping("/{id}/read")
    @CheckedBy(NotificationReaders.class)
    @Operation(summary = "Đánh dấu đã đọc")
    ResponseEntity<Void> read(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        int updated = jdbc.sql("update notification set read_at = :now where id = :id and group_id in (:groups) and read_at is null")
                .param("now", VietnamTime.now()).param("id", id).param("groups", user.groupIds()).update();
        if (updated == 0 && jdbc.sql("select count(*) from notification where id = :id and group_id in (:groups)")
                .param("id", id).param("groups", user.groupIds()).query(Long.class).single() == 0) {
            throw Refusal.notFound("Không có thông báo này");
        }
        return ResponseEntity.noContent().build();
    }
}
