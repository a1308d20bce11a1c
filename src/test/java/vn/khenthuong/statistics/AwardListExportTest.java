package vn.khenthuong.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.khenthuong.registry.MeritKind;
import vn.khenthuong.registry.SubjectKind;

class AwardListExportTest {

    private static final List<AwardListRow> ROWS = List.of(
            new AwardListRow(1, SubjectKind.COLLECTIVE, "Tổ Toán", "th-toan", "Trường Tiểu học Hòa Chung",
                    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", AwardLevel.PROVINCE, 2017, "12/QĐ-UBND",
                    LocalDate.of(2017, 4, 5), "Chủ tịch UBND Tỉnh Cao Bằng", MeritKind.MERIT, true, false, false, 7_020_000L,
                    "Quỹ thi đua, khen thưởng tỉnh", "Dạy tốt, học tốt"),
            new AwardListRow(2, SubjectKind.INDIVIDUAL, "Nông Thị Mai", "004190001111", "Trường Tiểu học Hòa Chung",
                    "Lao động tiên tiến", AwardLevel.DISTRICT, 2017, null, null, null, MeritKind.ONE_OFF, false, true, false,
                    null, null, null));

    @Test
    void theListAsCsvOneLinePerAward() {
        String csv = new String(AwardListExport.csv(ROWS), StandardCharsets.UTF_8).substring(1);

        assertThat(csv.split("\r\n")).hasSize(3).contains(
                "1;Tập thể;Tổ Toán;th-toan;Trường Tiểu học Hòa Chung;Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh;Cấp tỉnh;2017;"
                        + "12/QĐ-UBND;05/04/2017;Chủ tịch UBND Tỉnh Cao Bằng;Thường xuyên;Có;;;7.020.000;"
                        + "Quỹ thi đua, khen thưởng tỉnh;Dạy tốt, học tốt",
                "2;Cá nhân;Nông Thị Mai;004190001111;Trường Tiểu học Hòa Chung;Lao động tiên tiến;Cấp huyện, xã;2017;;;;"
                        + "Đột xuất;;Có;;;;");
    }

    @Test
    void theListAsExcelWithDatesAndAmountsAsValues() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(AwardListExport.xlsx("Tập thể nhỏ", ROWS)))) {
            var sheet = workbook.getSheet("Danh sách");
            assertThat(StatisticsWorkbookTest.texts(sheet.getRow(2))).isEqualTo(AwardListExport.HEADERS);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(StatisticsWorkbookTest.texts(sheet.getRow(3))).contains("Tổ Toán", "2017", "05/04/2017", "7.020.000");
            assertThat(sheet.getRow(3).getCell(15).getNumericCellValue()).isEqualTo(7_020_000);
        }
    }
}
