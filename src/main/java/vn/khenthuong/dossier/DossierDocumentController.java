package vn.khenthuong.dossier;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import vn.khenthuong.dossier.DossierView.DocumentView;
import vn.khenthuong.security.CheckedBy;
import vn.khenthuong.security.CurrentUser;
import vn.khenthuong.web.ApiError;
import vn.khenthuong.web.OpenApiConfig;

@RestController
@RequestMapping("/api/dossiers/{id}/documents")
@Tag(name = "Tài liệu của hồ sơ", description = "Đính kèm, tải về, xóa tài liệu (tờ trình, danh sách, báo cáo thành tích…)")
@SecurityRequirement(name = OpenApiConfig.BASIC_AUTH)
class DossierDocumentController {

    private final DossierService service;

    DossierDocumentController(DossierService service) {
        this.service = service;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @CheckedBy(DossierRules.Writable.class)
    @Operation(summary = "Đính kèm tài liệu",
            description = "Chỉ khi hồ sơ Đang soạn hoặc bị Trả lại. Định dạng được nhận biết theo nội dung tệp (không theo "
                    + "tên hay kiểu khai báo): PDF, PNG, JPEG, GIF, TIFF, DOC, DOCX, ODT. Dung lượng tối đa theo "
                    + "khenthuong.documents.max-size (mặc định 20 MB).")
    @ApiResponse(responseCode = "201", description = "Đã lưu tài liệu")
    @ApiResponse(responseCode = "413", description = "Tệp quá lớn", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "415", description = "Nội dung tệp không thuộc định dạng được chấp nhận", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "Loại tài liệu và tệp",
            content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    schema = @Schema(implementation = DocumentUploadForm.class)))
    ResponseEntity<DocumentView> upload(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Parameter(hidden = true) @RequestParam("kind") DocumentKind kind,
            @Parameter(hidden = true) @RequestPart("file") MultipartFile file) {
        DocumentInfo info = service.attach(user, id, kind, UploadedFile.of(file));
        DocumentView view = DocumentView.of(id, info);
        return ResponseEntity.created(URI.create(view.downloadUrl())).body(view);
    }

    /** Only describes the multipart form in the API documentation. */
    @Schema(name = "DocumentUploadForm", description = "Biểu mẫu đính kèm tài liệu (multipart/form-data)")
    record DocumentUploadForm(
            @Schema(description = "Loại tài liệu", example = "TO_TRINH", requiredMode = Schema.RequiredMode.REQUIRED)
            DocumentKind kind,
            @Schema(description = "Tệp tài liệu (PDF, PNG, JPEG, GIF, TIFF, DOC, DOCX, ODT; tối đa 20 MB)",
                    type = "string", format = "binary", example = "to-trinh.pdf",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String file) {
    }

    @GetMapping("/{documentId}")
    @Operation(summary = "Tải tài liệu", description = "Trả nội dung tệp với đúng kiểu nội dung và tên tệp tiếng Việt (RFC 5987).")
    @ApiResponse(responseCode = "200", description = "Nội dung tệp", content = @Content(mediaType = "application/octet-stream"))
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long documentId, HttpServletResponse response) {
        return send(service.download(user, id, documentId), response);
    }

    /** The file with its own content type and Vietnamese file name; for the pages' download link too. */
    static ResponseEntity<byte[]> send(DossierService.Download download, HttpServletResponse response) {
        // server.servlet.encoding.force gives every response a charset; a PDF or an image has none.
        response.setCharacterEncoding((String) null);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.info().contentType()))
                .contentLength(download.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(download.info().fileName(),
                        download.info().contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Checksum-SHA256", download.info().sha256())
                .body(download.content());
    }

    @DeleteMapping("/{documentId}")
    @CheckedBy(DossierRules.Writable.class)
    @Operation(summary = "Xóa tài liệu", description = "Chỉ khi hồ sơ Đang soạn hoặc bị Trả lại.")
    @ApiResponse(responseCode = "204", description = "Đã xóa")
    ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long documentId) {
        service.detach(user, id, documentId);
        return ResponseEntity.noContent().build();
    }
}
