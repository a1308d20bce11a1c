package vn.khenthuong.decision;

import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletResponse;

import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.kernel.VietnamTime;
import vn.khenthuong.security.CurrentUser;

/** The PDF of a decision for someone who may read it: the signed file as signed, or the draft as it reads today. */
@Component
class DecisionFiles {

    record Pdf(byte[] bytes, String fileName) {
    }

    private final DecisionRepository repository;
    private final DecisionAccess access;
    private final DecisionComposer composer;

    DecisionFiles(DecisionRepository repository, DecisionAccess access, DecisionComposer composer) {
        this.repository = repository;
        this.access = access;
        this.composer = composer;
    }

    Pdf signed(CurrentUser user, long id) {
        AwardDecision decision = access.readable(user, repository.find(id));
        if (decision.status() != DecisionStatus.SIGNED) {
            throw Refusal.notFound("Quyết định chưa được ký");
        }
        return new Pdf(repository.pdf(id).orElseThrow(),
                "quyet-dinh-" + decision.decisionNumber().replace('/', '-') + ".pdf");
    }

    Pdf draft(CurrentUser user, long id) {
        AwardDecision draft = access.readable(user, repository.find(id));
        if (draft.status() == DecisionStatus.SIGNED || draft.status() == DecisionStatus.CANCELLED) {
            throw Refusal.notFound("Quyết định không còn là dự thảo");
        }
        LocalDate today = VietnamTime.today();
        byte[] bytes = new DecisionPdfRenderer().render(composer.compose(draft,
                DecisionDocument.DecisionNumber.draft(composer.symbol(draft.issuingBody(), today)), today,
                SignerCapacity.CHAIRMAN.signer("")));
        return new Pdf(bytes, "du-thao-quyet-dinh-" + id + ".pdf");
    }

    /** Shown in the browser, not saved; the forced UTF-8 charset of every response does not belong to a PDF. */
    static ResponseEntity<byte[]> inline(Pdf pdf, HttpServletResponse response) {
        response.setCharacterEncoding((String) null);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(pdf.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_PDF).contentLength(pdf.bytes().length).body(pdf.bytes());
    }
}
