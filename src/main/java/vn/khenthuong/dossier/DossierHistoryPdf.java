package vn.khenthuong.dossier;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.khenthuong.dossier.DossierView.DocumentView;
import vn.khenthuong.dossier.DossierView.NomineeView;
import vn.khenthuong.kernel.VietnamTime;
import vn.khenthuong.pdf.ReportPdf;
import vn.khenthuong.web.VietnamDates;

/** One dossier's facts and history as a PDF for the file of an inspection. */
@Component
class DossierHistoryPdf {

    private final VietnamDates dates;

    DossierHistoryPdf(VietnamDates dates) {
        this.dates = dates;
    }

    byte[] render(DossierView d, List<TimelineEntry> timeline, String exportedBy) {
        ReportPdf pdf = ReportPdf.titled("LỊCH SỬ XỬ LÝ HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG")
                .centred("Hồ sơ " + d.code() + " — xuất lúc " + dates.minutes(VietnamTime.now()) + " bởi " + exportedBy);
        pdf.heading("I. Thông tin hồ sơ")
                .labelled("Mã hồ sơ:", d.code())
                .labelled("Đơn vị đề nghị:", d.unitName())
                .labelled("Danh hiệu đề nghị:", d.awardName())
                .labelled("Năm xét khen thưởng:", Integer.toString(d.periodYear()))
                .labelled("Trạng thái:", d.statusLabel());
        if (d.movement() != null) {
            pdf.labelled("Phong trào thi đua:", d.movement());
        }
        if (d.submittedAt() != null) {
            pdf.labelled("Ngày trình:", dates.minutes(d.submittedAt()));
        }
        if (d.returnComment() != null) {
            pdf.labelled("Ý kiến khi trả lại" + (d.returnedFrom() == null ? "" : " (" + d.returnedFrom() + ")") + ":",
                    d.returnComment());
        }
        if (d.outcomeReason() != null) {
            pdf.labelled("Lý do:", d.outcomeReason());
        }
        pdf.heading("II. Người, tập thể được đề nghị");
        int i = 1;
        for (NomineeView n : d.nominees()) {
            String key = n.cccd() != null ? "CCCD " + n.cccd() : n.collectiveCode() != null ? "mã " + n.collectiveCode() : null;
            pdf.line(i++ + ". " + n.fullName() + (key == null ? "" : " (" + key + ")") + " — " + n.statusLabel());
            n.initiatives().forEach(x -> pdf.indented(x.description()));
            if (n.struckReason() != null) {
                pdf.indented("Lý do loại: " + n.struckReason());
            }
        }
        pdf.heading("III. Tài liệu");
        if (d.documents().isEmpty()) {
            pdf.line("Chưa có tài liệu.");
        }
        for (DocumentView doc : d.documents()) {
            pdf.line(doc.kindLabel() + ": " + doc.fileName() + " (tải lên " + dates.minutes(doc.uploadedAt()) + " bởi "
                    + doc.uploadedBy() + ")");
            pdf.note("SHA-256: " + doc.sha256());
        }
        pdf.heading("IV. Diễn biến xử lý");
        for (TimelineEntry e : timeline) {
            pdf.space().labelled(e.when() + " —", e.what());
            String who = who(e);
            if (who != null) {
                pdf.indented((e.current() ? "Đang giữ: " : "Người thực hiện: ") + who);
            }
            e.details().forEach(detail -> pdf.indented(detail.text()));
            if (e.duration() != null) {
                pdf.indented((e.current() ? "Đã chờ: " : "Thời gian xử lý: ") + e.duration());
            }
            if (e.auditId() != null) {
                pdf.note("Bản ghi nhật ký số " + e.auditId());
            }
        }
        pdf.space().note("Nội dung lấy từ nhật ký nghiệp vụ (chuỗi băm SHA-256) và lịch sử của quy trình xét; "
                + "giờ Việt Nam (UTC+07:00).");
        return pdf.render();
    }

    static String who(TimelineEntry e) {
        if (e.actor() == null) {
            return e.actorOrg();
        }
        return e.actorOrg() == null ? e.actor() : e.actor() + " (" + e.actorOrg() + ")";
    }
}
