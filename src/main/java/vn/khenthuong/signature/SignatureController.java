package vn.khenthuong.signature;

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

import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.kernel.VietnamTime;
import vn.khenthuong.security.CheckedBy;
import vn.khenthuong.security.SignedIn;

@RestController
@RequestMapping("/api/signatures")
@Tag(name = "Chữ ký số", description = "Kiểm tra chữ ký số của tệp PDF quyết định")
class SignatureController {

    record SignatureView(String signerName, String organisation, OffsetDateTime signingTime, boolean intact,
            boolean trusted, boolean coversWholeFile, String problem) {
    }

    /** The decision of our register whose signed file has exactly these bytes (same SHA-256). */
    record RegisteredDecision(long id, String decisionNumber, java.time.LocalDate decisionDate, String issuingBody,
            String signer) {
    }

    record VerificationView(boolean valid, String message, String sha256, boolean signed, boolean modifiedAfterSigning,
            List<SignatureView> signatures, RegisteredDecision registeredDecision) {
    }

    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("HH:mm:ss 'ngày' dd/MM/yyyy");

    private final SignatureTrust trust;
    private final SignedDocumentRegister decisions;
    private final vn.khenthuong.organisation.OrganisationService organisations;

    SignatureController(SignatureTrust trust, SignedDocumentRegister decisions,
            vn.khenthuong.organisation.OrganisationService organisations) {
        this.trust = trust;
        this.decisions = decisions;
        this.organisations = organisations;
    }

    @PostMapping(path = "/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @CheckedBy(SignedIn.class)
    @Operation(summary = "Kiểm tra chữ ký số của một tệp PDF",
            description = "Cho biết chữ ký còn nguyên vẹn không, ai ký, khi nào, chứng thư có thuộc CA tin cậy không, "
                    + "tệp có bị sửa sau khi ký không và có đúng là một quyết định trong sổ (so SHA-256) không. "
                    + "Một byte bị đổi là đủ để tệp không hợp lệ.")
    VerificationView verify(@RequestParam("file") MultipartFile file) {
        if (file.isEmpty()) {
            throw Refusal.invalid("file", "Tệp rỗng, không có nội dung");
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
        RegisteredDecision registered = decisions.findBySha256(result.sha256())
                .map(d -> new RegisteredDecision(d.id(), d.number(), d.date(),
                        organisations.get(d.issuingBody()).name(), d.signer()))
                .orElse(null);
        return new VerificationView(result.valid(), message(result), result.sha256(), result.signed(),
                result.modifiedAfterSigning(), signatures, registered);
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
