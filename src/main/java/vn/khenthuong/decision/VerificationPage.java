package vn.khenthuong.decision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.khenthuong.web.Page;
import vn.khenthuong.web.VietnamDates;

/**
 * "Xác minh chữ ký": anyone signed in uploads a PDF and reads whether its signature holds, with the same
 * verifier and trusted roots as {@code POST /api/signatures/verify}.
 */
@Controller
@Page
class VerificationPage {

    /** One signature as the page shows it. */
    record SignatureLine(String signer, String organisation, String signedAt, boolean intact, boolean trusted,
            String problem) {
    }

    /** A fact of the result the page does not know by name (added to the verifier later), shown as found. */
    record Extra(String label, String value) {
    }

    /** {@code changedAfterSigning}: "Có", "Không", or that the signed bytes no longer match the signature. */
    record Outcome(boolean valid, String headline, String fileName, String sha256, boolean signed,
            String changedAfterSigning, List<SignatureLine> signatures, List<Extra> extras) {
    }

    private static final Set<String> KNOWN = Set.of("sha256", "signatures", "problem");

    private final SignatureTrust trust;
    private final VietnamDates dates;

    VerificationPage(SignatureTrust trust, VietnamDates dates) {
        this.trust = trust;
        this.dates = dates;
    }

    @GetMapping("/xac-minh")
    String form() {
        return "xac-minh";
    }

    @PostMapping("/xac-minh")
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
                result.sha256(), result.signed(), changedAfterSigning(result), signatures, extras(result)));
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

    /**
     * Facts the verifier may report beyond those above, such as whether the file matches a decision of our
     * register: shown when the result has them, so the page needs no change when the verifier grows.
     */
    static List<Extra> extras(Record result) {
        List<Extra> extras = new ArrayList<>();
        for (RecordComponent component : result.getClass().getRecordComponents()) {
            if (KNOWN.contains(component.getName())) {
                continue;
            }
            Object value;
            try {
                value = component.getAccessor().invoke(result);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (value instanceof Optional<?> optional) {
                value = optional.orElse(null);
            }
            if (value != null) {
                extras.add(new Extra(label(component.getName()), value instanceof Boolean b ? (b ? "Có" : "Không")
                        : value.toString()));
            }
        }
        return extras;
    }

    private static String label(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("regist") || lower.contains("decision") || lower.contains("match")) {
            return "Khớp với một quyết định trong sổ đăng ký của chúng tôi";
        }
        return name;
    }
}
