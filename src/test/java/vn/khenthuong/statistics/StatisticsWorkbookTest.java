package vn.khenthuong.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class StatisticsWorkbookTest {

    /** How a Vietnamese Excel or LibreOffice shows the cells. */
    static final DataFormatter VIETNAMESE = new DataFormatter(Locale.forLanguageTag("vi-VN"));

    @Test
    void oneSheetPerTableWithVietnameseHeadersAndNumbersShownTheVietnameseWay() throws IOException {
        StatisticsReport report = SampleReport.caoBang2017();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(StatisticsWorkbook.write(report)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(report.tables().size());
            assertThat(workbook.getSheetName(0)).isEqualTo("Tổng hợp");
            Sheet levels = workbook.getSheet("Theo cấp");
            assertThat(texts(levels.getRow(2))).startsWith("Cấp", "Tổng số", "Cá nhân", "Người lao động trực tiếp", "Tỷ lệ");
            assertThat(texts(levels.getRow(3))).containsExactly("Cấp tỉnh", "1.880", "1.111", "542", "48,78%", "769", "608",
                    "79,06%", "1.638", "+14,77%");
            assertThat(levels.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(1880);
            assertThat(levels.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(0.4878);
            assertThat(levels.getRow(3).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            Sheet summary = workbook.getSheet("Tổng hợp");
            assertThat(texts(summary.getRow(9))).containsExactly("Tỷ lệ tập thể nhỏ trong số tập thể", "79,06%", "75,71%",
                    "+3,35 điểm %");
            assertThat(texts(workbook.getSheet("Tiền thưởng").getRow(3))).contains("2.600.000.000");
        }
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(VIETNAMESE.formatCellValue(cell)));
        return texts;
    }
}
