package vn.khenthuong.nomination;

import static vn.khenthuong.workflow.TasklistMarkdown.text;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.khenthuong.dossier.DocumentInfo;
import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.Nominee;
import vn.khenthuong.dossier.Severity;
import vn.khenthuong.dossier.StoredFinding;
import vn.khenthuong.kernel.VietnamTime;
import vn.khenthuong.organisation.OrganisationService;

/** The dossier as the Camunda Forms of the reviewing steps show it (Markdown, user text escaped). */
@Component
class DossierPresentation {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final OrganisationService organisations;

    DossierPresentation(OrganisationService organisations) {
        this.organisations = organisations;
    }

    /** The unit that submitted the dossier, as the task list shows it. */
    String unitName(Dossier d) {
        return organisations.get(d.unitCode()).name();
    }

    /** Which dossier a task is about: "HS-2025-000009 · Lao động tiên tiến · 3 cá nhân". */
    String dossierLine(Dossier d, String awardName) {
        long individuals = d.activeNominees().stream().filter(Nominee::isIndividual).count();
        long collectives = d.activeNominees().size() - individuals;
        String count = individuals > 0 && collectives > 0 ? individuals + " cá nhân, " + collectives + " tập thể"
                : collectives > 0 ? collectives + " tập thể" : individuals + " cá nhân";
        return String.join(" · ", d.code(), awardName, count);
    }

    String summary(Dossier d, String awardName) {
        return summary(d, awardName, Optional.empty());
    }

    /** The dossier; after a return answered by the unit, first what the unit answered and added since. */
    String summary(Dossier d, String awardName, Optional<Resubmission> resubmission) {
        StringBuilder md = new StringBuilder();
        md.append("### Hồ sơ ").append(text(d.code())).append("\n\n");
        resubmission.ifPresent(r -> md.append(resubmitted(d, r)));
        md.append("- **Đơn vị trình:** ").append(text(organisations.get(d.unitCode()).name())).append('\n');
        md.append("- **Hình thức đề nghị:** ").append(text(awardName)).append('\n');
        md.append("- **Thành tích:** ").append(d.oneOff() && d.periodFrom() != null
                ? "đột xuất, từ " + d.periodFrom() + " đến " + d.periodTo() : "năm " + d.periodYear()).append('\n');
        if (d.movement() != null && !d.movement().isBlank()) {
            md.append("- **Phong trào thi đua:** ").append(text(d.movement())).append('\n');
        }
        if (d.returnComment() != null && !d.returnComment().isBlank()) {
            md.append("- **Yêu cầu bổ sung gần nhất (").append(text(d.returnedFrom())).append("):** ")
                    .append(text(d.returnComment())).append('\n');
        }
        md.append("\n**Người được đề nghị**\n\n");
        int i = 1;
        for (Nominee n : d.nominees()) {
            md.append(i++).append(". ").append(describe(n)).append('\n');
            n.initiatives().forEach(x -> md.append("   - ").append(text(x.description())).append('\n'));
        }
        md.append("\n**Tài liệu kèm theo**\n\n");
        if (d.documents().isEmpty()) {
            md.append("- (chưa có)\n");
        }
        for (DocumentInfo doc : d.documents()) {
            md.append("- ").append(doc.kind().label()).append(": [").append(text(doc.fileName())).append("](/api/dossiers/")
                    .append(d.id()).append("/documents/").append(doc.id()).append(")\n");
        }
        return md.toString();
    }

    private static String resubmitted(Dossier d, Resubmission r) {
        StringBuilder md = new StringBuilder("**Đơn vị đã bổ sung sau khi bị trả lại lúc ")
                .append(MINUTES.format(r.returnedAt().atZone(VietnamTime.ZONE))).append("**\n\n");
        if (r.comment() != null) {
            md.append("- Yêu cầu: ").append(text(r.comment())).append('\n');
        }
        md.append("- Giải trình của đơn vị: ").append(r.response() == null ? "(không ghi)" : text(r.response())).append('\n');
        List<DocumentInfo> added = d.documents().stream()
                .filter(doc -> doc.uploadedAt() != null && doc.uploadedAt().toInstant().isAfter(r.returnedAt())).toList();
        md.append("- Tài liệu mới hoặc thay thế: ").append(added.isEmpty() ? "không có" : "").append('\n');
        for (DocumentInfo doc : added) {
            md.append("   - ").append(doc.kind().label()).append(": [").append(text(doc.fileName())).append("](/api/dossiers/")
                    .append(d.id()).append("/documents/").append(doc.id()).append(") — tải lên lúc ")
                    .append(MINUTES.format(doc.uploadedAt().atZoneSameInstant(VietnamTime.ZONE))).append('\n');
        }
        return md.append("\n---\n\n").toString();
    }

    String findings(List<StoredFinding> findings, List<Nominee> nominees) {
        if (findings.isEmpty()) {
            return "Không có lỗi hay lưu ý nào.";
        }
        Map<Long, String> names = nominees.stream().collect(Collectors.toMap(Nominee::id, Nominee::fullName));
        StringBuilder md = new StringBuilder();
        for (StoredFinding f : findings) {
            md.append("- ").append(f.severity() == Severity.ERROR ? "**LỖI**" : "Lưu ý").append(": ").append(text(f.message()));
            if (f.overriddenBy() != null) {
                md.append(" — *đã được ").append(text(f.overriddenBy())).append(" chấp nhận vượt qua: ")
                        .append(text(f.overrideReason())).append('*');
            }
            if (f.nomineeId() != null && !f.message().contains(names.getOrDefault(f.nomineeId(), "\u0000"))) {
                md.append(" (").append(text(names.get(f.nomineeId()))).append(')');
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static String describe(Nominee n) {
        StringBuilder s = new StringBuilder("**").append(text(n.fullName())).append("**");
        if (n.isIndividual()) {
            s.append(" — CCCD ").append(text(n.cccd()));
            if (n.jobTitle() != null) {
                s.append(", ").append(text(n.jobTitle()));
            }
        } else {
            s.append(" — tập thể ").append(text(n.collectiveCode()));
            if (n.memberCount() != null) {
                s.append(", ").append(n.memberCount()).append(" thành viên");
            }
        }
        s.append(" — ").append(n.status().label());
        if (n.struckReason() != null) {
            s.append(": ").append(text(n.struckReason()));
        }
        return s.toString();
    }
}
