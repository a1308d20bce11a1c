package vn.khenthuong.dossier;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpHeaders;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;

import vn.khenthuong.kernel.CleanText;
import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.security.CheckedBy;
import vn.khenthuong.security.CurrentUser;
import vn.khenthuong.security.SignedIn;
import vn.khenthuong.web.ApiError;
import vn.khenthuong.web.OpenApiConfig;

@RestController
@RequestMapping(path = "/api/dossiers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Hồ sơ đề nghị khen thưởng",
        description = "Cán bộ thi đua của đơn vị lập, sửa, kiểm tra, trình và rút hồ sơ; cấp xét duyệt và kiểm tra xem hồ sơ")
@SecurityRequirement(name = OpenApiConfig.BASIC_AUTH)
class DossierController {

    static final int LIST_LIMIT = 500;
    static final int DEFAULT_PAGE = 100;

    static final String EXAMPLE = """
            {
              "unitCode": "thhoachung",
              "awardCode": "CSTD_CS",
              "periodYear": 2025,
              "periodFrom": "2024-09-01",
              "periodTo": "2025-08-31",
              "oneOff": false,
              "movement": "Dạy tốt, học tốt",
              "summary": "Năm học 2024-2025 trường hoàn thành xuất sắc nhiệm vụ được giao.",
              "nominees": [
                {
                  "kind": "INDIVIDUAL",
                  "fullName": "Nguyễn Thị Hoa",
                  "cccd": "004190001234",
                  "birthDate": "1985-03-12",
                  "jobTitle": "Giáo viên",
                  "directWorker": true,
                  "dutyRating": "HTXS",
                  "excellentYears": 2,
                  "monthsOfService": 12,
                  "underDiscipline": false,
                  "achievement": "Sáng kiến \\"Dạy học STEM ở vùng cao\\" được công nhận cấp cơ sở.",
                  "initiatives": [
                    {
                      "kind": "SANG_KIEN",
                      "title": "Dạy học STEM ở vùng cao",
                      "recognisedBy": "Hội đồng sáng kiến Trường Tiểu học Hòa Chung",
                      "recognisedOn": "2025-05-20",
                      "reference": "15/QĐ-THHC",
                      "scope": "UNIT"
                    }
                  ]
                }
              ]
            }""";

    private final DossierService service;
    private final DossierViews views;

    DossierController(DossierService service, DossierViews views) {
        this.service = service;
        this.views = views;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @CheckedBy(DossierRules.Secretary.class)
    @Operation(summary = "Lập hồ sơ mới (bản nháp)",
            description = "Tạo hồ sơ ở trạng thái Đang soạn cho đơn vị của cán bộ thi đua. Nếu cán bộ chỉ phụ trách một "
                    + "đơn vị thì có thể bỏ trống unitCode. Mã hồ sơ có dạng HS-<năm>-<số thứ tự 6 chữ số>.")
    @ApiResponse(responseCode = "201", description = "Đã tạo hồ sơ")
    @ApiResponse(responseCode = "400", description = "Dữ liệu không hợp lệ", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "403", description = "Không phải cán bộ thi đua của đơn vị", content = @Content(schema = @Schema(implementation = ApiError.class)))
    ResponseEntity<DossierView> create(@AuthenticationPrincipal CurrentUser user,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Nội dung hồ sơ", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = DossierRequest.class),
                            examples = @ExampleObject(name = "CSTĐ cơ sở", summary = "Đề nghị Chiến sĩ thi đua cơ sở",
                                    value = EXAMPLE)))
            @Valid @RequestBody DossierRequest request) {
        long id = service.create(user, request);
        return ResponseEntity.created(URI.create("/api/dossiers/" + id)).body(views.view(service.get(user, id)));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CheckedBy(DossierRules.Writable.class)
    @Operation(summary = "Sửa hồ sơ",
            description = "Thay toàn bộ nội dung sửa được và danh sách đề nghị khi hồ sơ Đang soạn hoặc bị Trả lại. "
                    + "Người đã có giữ nguyên id (giữ trạng thái xét); người không còn trong danh sách bị xóa. "
                    + "Gửi version đã đọc để không ghi đè thay đổi của người khác (409 nếu lệch).")
    @ApiResponse(responseCode = "200", description = "Đã lưu")
    @ApiResponse(responseCode = "409", description = "Hồ sơ đã trình hoặc vừa bị người khác sửa", content = @Content(schema = @Schema(implementation = ApiError.class)))
    DossierView update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Nội dung mới của hồ sơ", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = DossierRequest.class),
                            examples = @ExampleObject(name = "Sửa hồ sơ", summary = "Thay nội dung, kèm version đã đọc",
                                    value = EXAMPLE)))
            @Valid @RequestBody DossierRequest request) {
        service.update(user, id, request);
        return views.view(service.get(user, id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Xem hồ sơ",
            description = "Hồ sơ với trạng thái, đơn vị, danh hiệu, người được đề nghị, tài liệu (kèm đường dẫn tải), "
                    + "kết quả kiểm tra đã lưu, bước đang xử lý và người giữ; ý kiến trả lại khi hồ sơ bị trả.")
    @ApiResponse(responseCode = "404", description = "Không có hồ sơ hoặc không được xem", content = @Content(schema = @Schema(implementation = ApiError.class)))
    DossierView get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return views.view(service.get(user, id));
    }

    @GetMapping
    @Operation(summary = "Danh sách hồ sơ",
            description = "Các hồ sơ người dùng được xem, mới nhất trước, từng trang (size hồ sơ, mặc định "
                    + DEFAULT_PAGE + ", tối đa " + LIST_LIMIT + "), lọc theo đơn vị, trạng thái, năm, danh hiệu. Còn trang "
                    + "sau thì tiêu đề Link (rel=\"next\") cho địa chỉ của nó (tham số before = mã số hồ sơ cuối trang).")
    ResponseEntity<List<DossierListItem>> list(@AuthenticationPrincipal CurrentUser user,
            @Parameter(description = "Mã đơn vị", example = "thhoachung") @RequestParam(required = false) String unit,
            @Parameter(description = "Trạng thái", example = "SUBMITTED") @RequestParam(required = false) DossierStatus status,
            @Parameter(description = "Năm xét khen thưởng", example = "2025") @RequestParam(required = false) Integer year,
            @Parameter(description = "Mã danh hiệu", example = "CSTD_CS") @RequestParam(required = false) String award,
            @Parameter(description = "Trang sau: các hồ sơ có id nhỏ hơn số này (lấy từ tiêu đề Link)")
            @RequestParam(required = false) Long before,
            @Parameter(description = "Số hồ sơ mỗi trang (1–" + LIST_LIMIT + ")", example = "100")
            @RequestParam(defaultValue = "" + DEFAULT_PAGE) int size) {
        if (size < 1 || size > LIST_LIMIT) {
            throw Refusal.invalid("size", "Số hồ sơ mỗi trang phải từ 1 đến " + LIST_LIMIT);
        }
        DossierFilter filter = new DossierFilter(CleanText.line(unit), status, year, CleanText.line(award), before);
        List<DossierSummary> found = service.list(user, filter, size + 1);
        List<DossierSummary> page = found.subList(0, Math.min(size, found.size()));
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (found.size() > size) {
            String next = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("before", page.get(page.size() - 1).id()).build().toUriString();
            answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return answer.body(views.list(page));
    }

    @PostMapping("/{id}/check")
    // no body and no change: whoever reads the dossier may check it (the service answers 404 to others)
    @CheckedBy(SignedIn.class)
    @Operation(summary = "Kiểm tra hồ sơ (không trình)",
            description = "Chạy các quy tắc kiểm tra đầy đủ và điều kiện với ngày quyết định là hôm nay (giờ Việt Nam); "
                    + "không lưu, không đổi trạng thái.")
    CheckResult check(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return service.check(user, id);
    }

    @PostMapping("/{id}/submit")
    @CheckedBy(DossierRules.Writable.class)
    @Operation(summary = "Trình hồ sơ",
            description = "Hồ sơ Đang soạn: kiểm tra đầy đủ, chuyển sang Đang xét duyệt và bắt đầu quy trình xét. "
                    + "Hồ sơ bị Trả lại: kiểm tra lại và trình lại, kèm giải trình (response). "
                    + "Hồ sơ thiếu: 422 với danh sách lỗi (findings), không thay đổi gì.")
    @ApiResponse(responseCode = "422", description = "Hồ sơ chưa đầy đủ")
    DossierView submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, description = "Giải trình khi trình lại",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ProcessRequests.Submit.class),
                            examples = @ExampleObject(name = "Trình lại", value = """
                                    {"response": "Đã bổ sung biên bản họp Hội đồng và sửa ngày sinh của bà Nguyễn Thị Hoa."}""")))
            @Valid @RequestBody(required = false) ProcessRequests.Submit body) {
        service.submit(user, id, body == null ? null : body.response());
        return views.view(service.get(user, id));
    }

    @PostMapping("/{id}/withdraw")
    @CheckedBy(DossierRules.Writable.class)
    @Operation(summary = "Rút hồ sơ",
            description = "Hồ sơ Đang soạn được rút ngay; hồ sơ đang xét được rút qua quy trình xét. "
                    + "Hồ sơ đã có kết quả không rút được (409).")
    DossierView withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, description = "Lý do rút",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ProcessRequests.Withdraw.class),
                            examples = @ExampleObject(name = "Rút hồ sơ", value = """
                                    {"reason": "Đơn vị phát hiện sai sót trong danh sách, sẽ lập hồ sơ mới."}""")))
            @Valid @RequestBody(required = false) ProcessRequests.Withdraw body) {
        service.withdraw(user, id, body == null ? null : body.reason());
        return views.view(service.get(user, id));
    }
}
