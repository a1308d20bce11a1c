package vn.khenthuong.signature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.security.CheckedBy;
import vn.khenthuong.security.SignedIn;
import vn.khenthuong.web.Page;
import vn.khenthuong.web.VietnamDates;

/**
 * "Xác minh chữ ký": anyone signed in uploads a PDF and reads whether its signature holds and whether it is a
 * decision of our register, with the same verifier, trusted roots and register as {@code POST /api/signatures/verify}.
 */
@Controller
@Page
class VerificationPage {

    /** One signature as the page shows it. */
    record SignatureLine(String signer, String organisation, String signedAt, boolean intact, boolean trusted,
            String problem) {
    }

    /** The decision of our register whose signed file has exactly the uploaded bytes. */
    record Registered(String decisionNumber, String decisionDate, String issuingBody, String signer) {
    }

    /** {@code changedAfterSigning}: "Không", or what changed; {@code registered} null when no decision matches. */
    record Outcome(boolean valid, String headline, String fileName, String sha256, boolean signed,
            String changedAfterSigning, List<SignatureLine> signatures, Registered registered) {
    }

    private final SignatureTrust trust;
    private final SignedDocumentRegister decisions;
    private final OrganisationService organisations;
    private final VietnamDates dates;

    VerificationPage(SignatureTrust trust, SignedDocumentRegister decisions, OrganisationService organisations,
            VietnamDates dates) {
        this.trust = trust;
        this.decisions = decisions;
        this.organisations = organisations;
        this.dates = dates;
    }

    @GetMapping("/xac-minh")
    String form() {
        return "xac-minh";
    }

    @PostMapping("/xac-minh")
    @CheckedBy(SignedIn.class)
    String verify(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", "Hãy chọn một tệp PDF có nội dung");
            return "xac-minh";
        }
        VerificationResult result;
        try {
            result = trust.verifier().verify(file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<SignatureLine> signatures = result.signatures().stream()
                .map(s -> new SignatureLine(s.signerName(), s.organisation(), dates.seconds(s.signingTime()), s.intact(),
                        s.trusted(), s.problem()))
                .toList();
        model.addAttribute("outcome", new Outcome(result.valid(), headline(result), file.getOriginalFilename(),
                result.sha256(), result.signed(), changedAfterSigning(result), signatures, registered(result)));
        return "xac-minh";
    }

    static String changedAfterSigning(VerificationResult result) {
        if (result.modifiedAfterSigning()) {
            return "Có: có nội dung được thêm vào sau chữ ký cuối";
        }
        if (result.signatures().stream().anyMatch(s -> !s.intact())) {
            return "Có thể: nội dung đã ký không còn khớp với chữ ký";
        }
        return "Không";
    }

    static String headline(VerificationResult result) {
        if (result.problem() != null) {
            return "Không kiểm tra được tệp: " + result.problem();
        }
        if (!result.signed()) {
            return "Tệp không có chữ ký số";
        }
        if (result.valid()) {
            return "Chữ ký số hợp lệ: tệp còn nguyên vẹn kể từ khi ký";
        }
        if (result.modifiedAfterSigning()) {
            return "Chữ ký số không còn giá trị: tệp đã bị thay đổi sau khi ký";
        }
        return "Chữ ký số không hợp lệ: " + result.signatures().stream().map(VerificationResult.SignatureCheck::problem)
                .filter(p -> p != null).findFirst().orElse("chứng thư không thuộc tổ chức chứng thực tin cậy");
    }

    /** The same match as the API's: a decision of the register whose signed file has this SHA-256. */
    private Registered registered(VerificationResult result) {
        return decisions.findBySha256(result.sha256())
                .map(d -> new Registered(d.number(), dates.day(d.date()),
                        organisations.find(d.issuingBody()).map(Organisation::name).orElse(d.issuingBody()),
                        d.signer()))
                .orElse(null);
    }
}
