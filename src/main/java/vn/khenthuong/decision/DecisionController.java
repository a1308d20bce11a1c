package vn.khenthuong.decision;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.khenthuong.security.CheckedBy;
import vn.khenthuong.security.CurrentUser;

@RestController
@RequestMapping(path = "/api/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Quyết định khen thưởng", description = "Dự thảo, ký số và tra cứu quyết định khen thưởng")
class DecisionController {

    private final DecisionRepository repository;
    private final DecisionAccess access;
    private final DecisionDrafts drafts;
    private final DecisionFiles files;
    private final DecisionViews views;

    DecisionController(DecisionRepository repository, DecisionAccess access, DecisionDrafts drafts,
            DecisionFiles files, DecisionViews views) {
        this.repository = repository;
        this.access = access;
        this.drafts = drafts;
        this.files = files;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "Danh sách quyết định (và dự thảo) mà người dùng được xem", description = "Lọc theo năm và cơ quan ban hành")
    List<DecisionViews.DecisionView> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String body) {
        return repository.list(year, body).stream().filter(d -> access.canRead(user, d)).map(views::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một quyết định: số, ngày, người ký, người được khen thưởng, hồ sơ kèm theo")
    DecisionViews.DecisionView get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return views.of(access.readable(user, repository.find(id)));
    }

    @GetMapping("/waiting")
    @Operation(summary = "Người được phê duyệt đang chờ quyết định của cơ quan mình, cho một hình thức khen thưởng")
    List<AwardDecision.Recipient> waiting(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String body, @RequestParam String award) {
        return drafts.waiting(user, body, award);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @CheckedBy(DecisionRules.Staff.class)
    @Operation(summary = "Lập dự thảo quyết định và trình Chủ tịch",
            description = "Cơ quan tham mưu chọn người chờ quyết định (từ một hay nhiều hồ sơ) và ghi thành tích (Điều 1)")
    ResponseEntity<DecisionViews.DecisionView> open(@AuthenticationPrincipal CurrentUser user,
            @RequestBody DecisionDrafts.DraftRequest request) {
        AwardDecision draft = drafts.open(user, request);
        return ResponseEntity.status(201).body(views.of(draft));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CheckedBy(DecisionRules.Revisable.class)
    @Operation(summary = "Sửa dự thảo bị Chủ tịch trả lại (người được khen thưởng, thành tích, tờ trình)")
    DecisionViews.DecisionView revise(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody DecisionDrafts.DraftRequest request) {
        return views.of(drafts.revise(user, id, request));
    }

    @GetMapping(path = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Tệp PDF đã ký số của quyết định (đúng từng byte như khi ký)")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, HttpServletResponse response) {
        return DecisionFiles.inline(files.signed(user, id), response);
    }

    @GetMapping(path = "/{id}/draft.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Dự thảo quyết định (chưa có số, chưa ký) trong khi đang xem xét")
    ResponseEntity<byte[]> draft(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, HttpServletResponse response) {
        return DecisionFiles.inline(files.draft(user, id), response);
    }
}
