package vn.khenthuong.settings;

import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonAlias;

import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.security.Administrators;
import vn.khenthuong.security.CheckedBy;

@RestController
@RequestMapping("/api/settings")
class SettingsController {

    private static final String KEY_PATTERN = "[A-Za-z0-9._-]{1,100}";

    private final Settings settings;

    SettingsController(Settings settings) {
        this.settings = settings;
    }

    record NewSetting(String key, String value, @JsonAlias("effective_from") LocalDate effectiveFrom, String note) {
    }

    @GetMapping
    List<SettingRow> all() {
        return settings.all();
    }

    @PostMapping
    @CheckedBy(Administrators.class)
    @ResponseStatus(HttpStatus.CREATED)
    SettingRow add(@RequestBody NewSetting body) {
        if (body.key() == null || !body.key().trim().matches(KEY_PATTERN)) {
            throw Refusal.invalid("key", "Mã thiết lập bắt buộc, chỉ gồm chữ cái không dấu, chữ số và . _ - (tối đa 100 ký tự)");
        }
        if (body.value() == null || body.value().isBlank()) {
            throw Refusal.invalid("value", "Giá trị thiết lập bắt buộc");
        }
        if (body.value().length() > 4000) {
            throw Refusal.invalid("value", "Giá trị thiết lập dài tối đa 4000 ký tự");
        }
        if (body.effectiveFrom() == null) {
            throw Refusal.invalid("effectiveFrom", "Ngày có hiệu lực bắt buộc");
        }
        if (body.note() != null && body.note().length() > 500) {
            throw Refusal.invalid("note", "Ghi chú dài tối đa 500 ký tự");
        }
        try {
            return settings.add(body.key().trim(), body.value(), body.effectiveFrom(), body.note());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("value", e.getMessage());
        } catch (IllegalStateException e) {
            throw Refusal.conflict(e.getMessage());
        } catch (DuplicateKeyException e) {
            throw Refusal.conflict("Thiết lập \"" + body.key().trim() + "\" đã có giá trị từ ngày này");
        }
    }
}
