package vn.khenthuong.decision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.khenthuong.calendar.VietnamTime;
import vn.khenthuong.web.ApiException;

@RestController
@RequestMapping("/api/signatures")
@Tag(name = "Chữ ký số", description = "Kiểm tra chữ ký số của tệp PDF quyết định")
class SignatureController {

    record SignatureView(String signerName, String organisation, OffsetDateTime signingTime, boolean intact,
            boolean trusted, boolean coversWholeFile, String problem) {
    }

    record VerificationView(boolean valid, String message, String sha256, boolean signed, boolean modifiedAfterSigning,
            List<SignatureView> signatures) {
    }

    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("HH:mm:ss 'ngày' dd/MM/yyyy");

    private final SignatureTrust trust;

    SignatureController(SignatureTrust trust) {
        this.trust = trust;
    }

    @PostMapping(path = "/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Kiểm tra chữ ký số của một tệp PDF",
            description = "Cho biết chữ ký còn nguyên vẹn không, ai ký, khi nào, chứng thư có thuộc CA tin cậy không "
                    + "và tệp có bị sửa sau khi ký không. Một byte bị đổi là đủ để tệp không hợp lệ.")
    VerificationView verify(@RequestParam("file") MultipartFile file) {
        if (file.isEmpty()) {
            throw ApiException.badRequest("file", "Tệp rỗng, không có nội dung");
        }
        VerificationResult result;
        try {
            result = trust.verifier().verify(file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<SignatureView> signatures = result.signatures().stream()
                .map(s -> new SignatureView(s.signerName(), s.organisation(), s.signingTime(), s.intact(), s.trusted(),
                        s.coversWholeFile(), s.problem()))
                .toList();
        return new VerificationView(result.valid(), message(result), result.sha256(), result.signed(),
                result.modifiedAfterSigning(), signatures);
    }

    private static String message(VerificationResult result) {
        if (result.problem() != null) {
            return result.problem();
        }
        if (!result.signed()) {
            return "Tệp không có chữ ký số";
        }
        if (result.valid()) {
            var last = result.signatures().get(result.signatures().size() - 1);
            return "Chữ ký hợp lệ: " + last.signerName() + " (" + last.organisation() + ") ký lúc "
                    + last.signingTime().atZoneSameInstant(VietnamTime.ZONE).format(SIGNED_AT);
        }
        if (result.modifiedAfterSigning()) {
            return "Tệp đã bị thay đổi sau khi ký";
        }
        return result.signatures().stream().map(VerificationResult.SignatureCheck::problem)
                .filter(p -> p != null).findFirst().orElse("Chữ ký không hợp lệ hoặc không thuộc CA tin cậy");
    }
}
