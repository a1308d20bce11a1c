package vn.khenthuong.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.khenthuong.registry.MeritKind;
import vn.khenthuong.registry.SubjectKind;
import vn.khenthuong.web.SpreadsheetCsv;

/** The awards behind a figure as CSV (the auditor's format) or as an Excel sheet, one row per award. */
final class AwardListExport {

    static final List<String> HEADERS = List.of("STT", "Cá nhân, tập thể", "Họ và tên, tên tập thể", "Số CCCD, mã tập thể",
            "Đơn vị", "Danh hiệu, hình thức", "Cấp", "Năm", "Số quyết định", "Ngày quyết định", "Cơ quan quyết định",
            "Loại khen thưởng", "Tập thể nhỏ", "Người lao động trực tiếp", "Trình cấp Nhà nước", "Tiền thưởng (đồng)",
            "Nguồn kinh phí", "Phong trào");
    static final Map<MeritKind, String> MERIT_KINDS = Map.of(MeritKind.MERIT, "Thường xuyên", MeritKind.ONE_OFF, "Đột xuất",
            MeritKind.THEMATIC, "Chuyên đề");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int YEAR = 7;
    private static final int DATE = 9;
    private static final int BONUS = 15;
    private static final int STREAMED_ROWS = 200;

    private AwardListExport() {
    }

    static byte[] csv(List<AwardListRow> rows) {
        List<List<String>> lines = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            lines.add(texts(i + 1, rows.get(i)));
        }
        return SpreadsheetCsv.write(HEADERS, lines);
    }

    /** Year, decision date and bonus as Excel numbers and dates; the rest as text. */
    static byte[] xlsx(String title, List<AwardListRow> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(STREAMED_ROWS); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ExcelStyles styles = new ExcelStyles(workbook);
            Sheet sheet = workbook.createSheet("Danh sách");
            int r = styles.heading(sheet, title, HEADERS);
            for (int i = 0; i < rows.size(); i++) {
                AwardListRow award = rows.get(i);
                Row line = sheet.createRow(r++);
                List<String> texts = texts(i + 1, award);
                for (int c = 0; c < texts.size(); c++) {
                    org.apache.poi.ss.usermodel.Cell cell = line.createCell(c);
                    if (c == 0 || c == YEAR) {
                        cell.setCellValue(c == 0 ? i + 1 : award.awardYear());
                    } else if (c == DATE && award.decisionDate() != null) {
                        cell.setCellValue(award.decisionDate());
                        cell.setCellStyle(styles.date);
                    } else if (c == BONUS && award.bonusVnd() != null) {
                        cell.setCellValue(award.bonusVnd());
                        cell.setCellStyle(styles.count);
                    } else {
                        cell.setCellValue(texts.get(c));
                    }
                }
            }
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.setColumnWidth(c, (c == 2 || c == 4 || c == 5 ? 32 : 14) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Không tạo được tệp Excel", e);
        }
    }

    static List<String> texts(int number, AwardListRow r) {
        return List.of(Integer.toString(number), r.subjectKind() == SubjectKind.INDIVIDUAL ? "Cá nhân" : "Tập thể",
                r.name(), orEmpty(r.subjectKey()), orEmpty(r.unitName()), r.awardName(), r.level().label(),
                Integer.toString(r.awardYear()), orEmpty(r.decisionNumber()),
                r.decisionDate() == null ? "" : r.decisionDate().format(DAY), orEmpty(r.decidedBy()),
                MERIT_KINDS.get(r.meritKind()), yes(r.smallCollective()), yes(r.directWorker()), yes(r.forwardedToState()),
                r.bonusVnd() == null ? "" : VietnameseNumbers.count(r.bonusVnd()), orEmpty(r.fundingSource()),
                orEmpty(r.movement()));
    }

    private static String yes(boolean flag) {
        return flag ? "Có" : "";
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
