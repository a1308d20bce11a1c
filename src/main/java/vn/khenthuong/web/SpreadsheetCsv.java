package vn.khenthuong.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table as a CSV file that Excel opens as it is: UTF-8 with a BOM (so that Excel reads Vietnamese), fields
 * separated by semicolons (Excel's list separator in Vietnamese settings, where the comma is the decimal
 * mark), quoted when they contain a separator, a quote or a line break, CRLF line ends.
 */
public final class SpreadsheetCsv {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final char SEPARATOR = ';';

    private SpreadsheetCsv() {
    }

    public static byte[] write(List<String> header, List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        line(text, header);
        rows.forEach(row -> line(text, row));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder text, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(SEPARATOR);
            }
            text.append(field(fields.get(i)));
        }
        text.append("\r\n");
    }

    static String field(String value) {
        String v = value == null ? "" : value;
        // a cell starting like a formula would be run by the spreadsheet (CSV injection)
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(SEPARATOR) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
