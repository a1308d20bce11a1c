package vn.khenthuong.inspection;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

import vn.khenthuong.audit.AuditLog;
import vn.khenthuong.dossier.DossierStatus;
import vn.khenthuong.kernel.VietnamTime;
import vn.khenthuong.security.CurrentUser;
import vn.khenthuong.web.Page;

/** The auditor's pages: search every dossier, export the result, check the audit chain. Auditors and admins only. */
@Controller
@Page
class AuditPages {

    static final int PAGE_LIMIT = 100;
    static final int CSV_LIMIT = 20_000;
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final DossierSearch search;
    private final AuditLog log;

    AuditPages(DossierSearch search, AuditLog log) {
        this.search = search;
        this.log = log;
    }

    @GetMapping("/kiem-toan")
    String search(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") SearchCriteria.Form form,
            @RequestParam(required = false) String truoc, HttpServletRequest request, Model model) {
        requireAuditor(user);
        SearchCriteria criteria = SearchCriteria.of(form);
        Long before = olderThan(truoc);
        DossierSearch.Result result = search.search(criteria, before, PAGE_LIMIT);
        model.addAttribute("criteria", criteria);
        model.addAttribute("rows", result.rows());
        model.addAttribute("truncated", result.truncated());
        model.addAttribute("limit", PAGE_LIMIT);
        model.addAttribute("firstPage", before == null);
        // the same search, continuing under the last dossier shown
        model.addAttribute("older", result.truncated() ? ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("truoc", result.rows().get(result.rows().size() - 1).id()).build().toUriString() : null);
        model.addAttribute("newest", ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("truoc")
                .build().toUriString());
        String query = request.getQueryString();
        model.addAttribute("query", query == null ? null : query.replaceAll("(^|&)truoc=[^&]*", ""));
        model.addAttribute("units", search.units());
        model.addAttribute("districts", search.districts());
        model.addAttribute("awards", search.awards());
        model.addAttribute("statuses", DossierStatus.values());
        return "kiem-toan/tra-cuu";
    }

    private static Long olderThan(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @GetMapping("/kiem-toan/xuat.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") SearchCriteria.Form form) {
        requireAuditor(user);
        byte[] csv = SearchCsv.write(search.search(SearchCriteria.of(form), CSV_LIMIT).rows());
        String name = "tra-cuu-ho-so-" + VietnamTime.now().format(FILE_TIME) + ".csv";
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(csv);
    }

    @GetMapping("/kiem-toan/chuoi-nhat-ky")
    String chain(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireAuditor(user);
        model.addAttribute("check", log.verify());
        return "kiem-toan/chuoi-nhat-ky";
    }

    private static void requireAuditor(CurrentUser user) {
        if (!user.isAuditor() && !user.admin()) {
            throw new AccessDeniedException("Chỉ cán bộ kiểm tra, giám sát");
        }
    }
}
