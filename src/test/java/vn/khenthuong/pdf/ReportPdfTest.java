package vn.khenthuong.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class ReportPdfTest {

    @Test
    void vietnameseTextIsEmbeddedWrappedAndFlowsOverPages() throws IOException {
        ReportPdf report = ReportPdf.titled("LỊCH SỬ XỬ LÝ HỒ SƠ").heading("I. Thông tin hồ sơ")
                .labelled("Đơn vị đề nghị:", "Trường Tiểu học Hòa Chung");
        String longComment = "Đề nghị bổ sung biên bản họp Hội đồng Thi đua - Khen thưởng của đơn vị, ghi rõ số thành "
                + "viên có mặt và số phiếu tán thành đối với từng cá nhân được đề nghị. ".repeat(6);
        for (int i = 1; i <= 60; i++) {
            report.labelled(i + ".", "Phòng Nội vụ thẩm định: trả lại để bổ sung").indented("Ý kiến: " + longComment);
        }

        byte[] pdf = report.render();

        String text = PdfText.of(pdf);
        assertThat(text).contains("LỊCH SỬ XỬ LÝ HỒ SƠ", "Đơn vị đề nghị: Trường Tiểu học Hòa Chung",
                "60. Phòng Nội vụ thẩm định: trả lại để bổ sung", "số phiếu tán thành đối với từng cá nhân");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(5);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("LỊCH SỬ XỬ LÝ HỒ SƠ");
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
            }
        }
        assertThat(PdfText.pages(pdf).get(1)).as("page numbers from page 2").startsWith("2 ");
    }
}
