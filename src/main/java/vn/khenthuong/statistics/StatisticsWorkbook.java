package vn.khenthuong.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The statistics as an Excel file: one sheet per table, Vietnamese headers, numbers as numbers. */
final class StatisticsWorkbook {

    private static final int FIRST_COLUMN_WIDTH = 46;
    private static final int COLUMN_WIDTH = 15;

    private StatisticsWorkbook() {
    }

    static byte[] write(StatisticsReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ExcelStyles styles = new ExcelStyles(workbook);
            for (StatTable table : report.tables()) {
                Sheet sheet = workbook.createSheet(table.sheet());
                int r = styles.heading(sheet, table.title() + " - " + report.periodLabel() + " - " + report.scopeName(),
                        table.headers());
                for (StatTable.Row row : table.rows()) {
                    Row line = sheet.createRow(r++);
                    for (int c = 0; c < row.cells().size(); c++) {
                        write(line.createCell(c), row.cells().get(c), row.total(), styles);
                    }
                }
                sheet.setColumnWidth(0, FIRST_COLUMN_WIDTH * 256);
                for (int c = 1; c < table.headers().size(); c++) {
                    sheet.setColumnWidth(c, (c == 1 && table.headers().size() <= 4 ? FIRST_COLUMN_WIDTH : COLUMN_WIDTH) * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Không tạo được tệp Excel", e);
        }
    }

    private static void write(org.apache.poi.ss.usermodel.Cell target, Cell cell, boolean bold, ExcelStyles styles) {
        if (cell instanceof Cell.Number n) {
            number(target, n.value(), bold ? styles.boldCount : styles.count);
        } else if (cell instanceof Cell.Money m) {
            number(target, m.value(), bold ? styles.boldCount : styles.count);
        } else if (cell instanceof Cell.Share s) {
            ratio(target, s.percent(), bold ? styles.boldPercent : styles.percent, styles);
        } else if (cell instanceof Cell.Percent p) {
            ratio(target, p.value(), styles.percent, styles);
        } else if (cell instanceof Cell.Change c) {
            ratio(target, c.percent(), bold ? styles.boldChange : styles.change, styles);
        } else if (cell instanceof Cell.Points p && p.current() != null && p.previous() != null) {
            target.setCellValue(p.current().subtract(p.previous()).doubleValue());
            target.setCellStyle(styles.points);
        } else {
            target.setCellValue(cell.text());
            target.setCellStyle(bold ? styles.boldText : styles.text);
        }
    }

    private static void number(org.apache.poi.ss.usermodel.Cell target, long value, CellStyle style) {
        target.setCellValue(value);
        target.setCellStyle(style);
    }

    /** A percentage as Excel keeps it (79,06% is 0.7906), or "—" when there is none. */
    private static void ratio(org.apache.poi.ss.usermodel.Cell target, BigDecimal percent,
            CellStyle style, ExcelStyles styles) {
        if (percent == null) {
            text(target, VietnameseNumbers.NONE, styles);
            return;
        }
        target.setCellValue(percent.movePointLeft(2).doubleValue());
        target.setCellStyle(style);
    }

    private static void text(org.apache.poi.ss.usermodel.Cell target, String value, ExcelStyles styles) {
        target.setCellValue(value);
        target.setCellStyle(styles.text);
    }
}
