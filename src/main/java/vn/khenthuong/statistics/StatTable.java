package vn.khenthuong.statistics;

import java.util.List;

/**
 * A table of the statistics: a section of the page, a sheet of the Excel file, a table of the PDF report.
 *
 * @param sheet the Excel sheet's name (at most 31 characters)
 */
record StatTable(String title, String sheet, List<String> headers, List<Row> rows) {

    /** A row; {@code total} rows are set in bold. */
    record Row(List<Cell> cells, boolean total) {
        static Row of(Cell... cells) {
            return new Row(List.of(cells), false);
        }

        static Row totalOf(Cell... cells) {
            return new Row(List.of(cells), true);
        }
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }
}
