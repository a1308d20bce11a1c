package vn.khenthuong.registry;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.khenthuong.kernel.CleanText;
import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.security.CheckedBy;
import vn.khenthuong.security.CurrentUser;

@RestController
@RequestMapping("/api/registry")
class RegistryController {

    private final AwardRegistry registry;

    RegistryController(AwardRegistry registry) {
        this.registry = registry;
    }

    /** Auditors, admins and reviewers, councils and chairmen see every entry; a unit's secretary those of the unit. */
    @GetMapping
    List<RegistryEntry> search(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String cccd,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String name) {
        if (CleanText.line(cccd) == null && CleanText.line(unit) == null && CleanText.line(name) == null) {
            throw Refusal.invalid(null, "Cần ít nhất một điều kiện tìm kiếm: số CCCD (cccd), đơn vị (unit) hoặc tên (name)");
        }
        if (user.admin() || user.isAuditor() || user.has(OrgRole.REVIEWER) || user.has(OrgRole.COUNCIL)
                || user.has(OrgRole.CHAIRMAN)) {
            return registry.search(cccd, unit, name);
        }
        if (user.has(OrgRole.SECRETARY)) {
            return registry.search(cccd, unit, name, user.orgCodesWith(OrgRole.SECRETARY));
        }
        throw Refusal.forbidden();
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @CheckedBy(RegistryImporters.class)
    ImportReport importCsv(@AuthenticationPrincipal CurrentUser user, @RequestParam("file") MultipartFile file)
            throws IOException {
        if (file.isEmpty()) {
            throw Refusal.invalid("file", "Tệp rỗng");
        }
        try (InputStream in = file.getInputStream()) {
            return registry.importCsv(in, user.userId());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("file", e.getMessage());
        }
    }
}
