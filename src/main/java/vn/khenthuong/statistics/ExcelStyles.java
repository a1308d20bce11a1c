package vn.khenthuong.statistics;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of our Excel files. Numbers stay numbers: counts and money use Excel's "#,##0", which a
 * Vietnamese Excel or LibreOffice shows as "1.880" (the separators come from the reader's regional settings,
 * not from the file); shares "0.00%" ("79,06%").
 */
final class ExcelStyles {

    static final String COUNT = "#,##0";
    static final String PERCENT = "0.00%";
    static final String CHANGE = "+0.00%;-0.00%;0.00%";
    static final String POINTS = "+0.00\" điểm %\";-0.00\" điểm %\";0.00\" điểm %\"";
    static final String DATE = "dd/mm/yyyy";

    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle count;
    final CellStyle percent;
    final CellStyle change;
    final CellStyle points;
    final CellStyle date;
    final CellStyle boldText;
    final CellStyle boldCount;
    final CellStyle boldPercent;
    final CellStyle boldChange;

    ExcelStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);
        title = style(workbook, null, big);
        header = style(workbook, null, bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        text = style(workbook, null, null);
        text.setWrapText(true);
        count = style(workbook, COUNT, null);
        percent = style(workbook, PERCENT, null);
        change = style(workbook, CHANGE, null);
        points = style(workbook, POINTS, null);
        date = style(workbook, DATE, null);
        boldText = style(workbook, null, bold);
        boldCount = style(workbook, COUNT, bold);
        boldPercent = style(workbook, PERCENT, bold);
        boldChange = style(workbook, CHANGE, bold);
    }

    /** A title in the first row, then the header row; returns the index of the first data row. */
    int heading(Sheet sheet, String titleText, java.util.List<String> headers) {
        Row first = sheet.createRow(0);
        first.createCell(0).setCellValue(titleText);
        first.getCell(0).setCellStyle(title);
        Row row = sheet.createRow(2);
        for (int i = 0; i < headers.size(); i++) {
            row.createCell(i).setCellValue(headers.get(i));
            row.getCell(i).setCellStyle(header);
        }
        sheet.createFreezePane(0, 3);
        return 3;
    }

    private static CellStyle style(Workbook workbook, String format, Font font) {
        CellStyle style = workbook.createCellStyle();
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        if (font != null) {
            style.setFont(font);
        }
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
