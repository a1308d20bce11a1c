package vn.khenthuong.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import vn.khenthuong.organisation.OrgKind;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.pdf.PdfText;

class AnnualReportPdfTest {

    private static final OrganisationTree TREE = new OrganisationTree(List.of(SampleReport.CAO_BANG,
            new Organisation("truong", "Trường Tiểu học Hòa Chung", OrgKind.UNIT, "caobang", null)));

    @Test
    void theReportInTheDecree30LayoutWithItsFiguresAndTables() throws IOException {
        StatisticsReport report = SampleReport.caoBang2017();
        // typed with combining marks: the PDF draws and stores precomposed letters only
        Organisation decomposed = new Organisation("caobang", Normalizer.normalize("Tỉnh Cao Bằng", Normalizer.Form.NFD),
                OrgKind.PROVINCE, null, Normalizer.normalize("Cao Bằng", Normalizer.Form.NFD));
        byte[] pdf = AnnualReportPdf.render(report, ReportHeading.of(decomposed, TREE), LocalDate.of(2017, 12, 20));

        String text = PdfText.of(pdf);
        assertThat(text).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
        assertThat(text).containsSubsequence("ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "/BC-UBND",
                "Cao Bằng, ngày 20 tháng 12 năm 2017", "BÁO CÁO",
                "Tổng kết công tác thi đua, khen thưởng năm 2017", "I. KẾT QUẢ CÔNG TÁC KHEN THƯỞNG",
                "Năm 2017, Tỉnh Cao Bằng có 1.880 lượt khen thưởng tập thể và cá nhân (769 tập thể, 1.111 cá nhân), tăng",
                "14,77% so với năm 2016.", "Cấp tỉnh: 1.880 tập thể và cá nhân (769 tập thể, trong đó 608 tập thể nhỏ, chiếm",
                "79,06%", "542 người lao động trực tiếp, chiếm 48,78%", "II. SỐ LIỆU THỐNG KÊ", "1. Tổng hợp",
                "Tổng số khen thưởng 1.880 1.638 +14,77%", "2. Theo cấp khen thưởng", "Cấp tỉnh 1.880 1.111 542 48,78% 769 608 79,06%",
                "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        assertThat(PdfText.fonts(pdf)).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+LiberationSerif.*"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Báo cáo Tổng kết công tác thi đua, khen thưởng năm 2017 - Tỉnh Cao Bằng");
        }
    }

    @Test
    void aUnitReportsUnderItsOwnName() {
        ReportHeading heading = ReportHeading.of(TREE.find("truong").orElseThrow(), TREE);

        assertThat(heading.issuingBody()).containsExactly("TRƯỜNG TIỂU HỌC HÒA CHUNG");
        assertThat(heading.place()).as("the place of the province above it").isEqualTo("Cao Bằng");
        assertThat(heading.capacity()).containsExactly("THỦ TRƯỞNG ĐƠN VỊ");
    }
}
