package vn.khenthuong.dossier;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jakarta.servlet.http.HttpServletResponse;

import vn.khenthuong.security.CurrentUser;
import vn.khenthuong.web.Page;

/**
 * The page of one dossier: its facts, the process diagram with the steps passed and the open one, and
 * its history, also as PDF. Whoever may read the dossier through the API may open it (auditors too);
 * for anyone else it does not exist.
 */
@Controller
@Page
class DossierPage {

    private final DossierService service;
    private final DossierViews views;
    private final DossierAccess access;
    private final Timeline timeline;
    private final ReviewProcess process;
    private final DossierHistoryPdf historyPdf;

    DossierPage(DossierService service, DossierViews views, DossierAccess access, Timeline timeline,
            ReviewProcess process, DossierHistoryPdf historyPdf) {
        this.service = service;
        this.views = views;
        this.access = access;
        this.timeline = timeline;
        this.process = process;
        this.historyPdf = historyPdf;
    }

    @GetMapping("/ho-so/{id:\\d+}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Dossier dossier = service.get(user, id);
        ReviewProcess.Progress progress = process.progress(dossier.processInstanceId());
        model.addAttribute("d", views.view(dossier));
        model.addAttribute("statusClass", badge(dossier.status()));
        boolean unitsOwn = access.canWrite(user, dossier.unitCode());
        model.addAttribute("canResubmit", dossier.status() == DossierStatus.RETURNED && unitsOwn);
        model.addAttribute("canWithdraw", unitsOwn
                && (dossier.status() == DossierStatus.DRAFT || dossier.status().inProcess()));
        model.addAttribute("timeline", timeline.of(id, dossier.processInstanceId()));
        model.addAttribute("stepBar", StepBar.of(dossier, progress));
        model.addAttribute("passed", String.join(" ", progress.passed()));
        model.addAttribute("current", String.join(" ", progress.current()));
        return "ho-so/chi-tiet";
    }

    /** The BPMN of the dossier's process, for the viewer on the page. */
    @GetMapping("/ho-so/{id:\\d+}/so-do.bpmn")
    ResponseEntity<String> diagram(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        Dossier dossier = service.get(user, id);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(process.diagram(dossier.processInstanceId()));
    }

    @GetMapping("/ho-so/{id:\\d+}/lich-su.pdf")
    ResponseEntity<byte[]> historyPdf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            HttpServletResponse response) {
        Dossier dossier = service.get(user, id);
        List<TimelineEntry> entries = timeline.of(id, dossier.processInstanceId());
        byte[] pdf = historyPdf.render(views.view(dossier), entries, user.userId());
        response.setCharacterEncoding((String) null);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).contentLength(pdf.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("lich-su-" + (dossier.code() == null ? id : dossier.code()) + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(pdf);
    }

    static String badge(DossierStatus status) {
        return switch (status) {
            case APPROVED, FORWARDED, DECIDED -> "badge ok";
            case REJECTED, NOT_APPROVED, WITHDRAWN -> "badge bad";
            case RETURNED -> "badge warn";
            default -> "badge";
        };
    }
}
