package vn.khenthuong.registry;

import java.util.List;

/**
 * The result of a CSV import: how many data lines were stored and refused, and the first
 * {@link #LISTED} refused lines with the reason (a file of a hundred thousand lines is not echoed back).
 */
public record ImportReport(int accepted, int refused, List<Row> rows) {

    static final int LISTED = 1000;

    /** {@code line} is the line of the file (the header is line 1). */
    public record Row(int line, String name, String reason) {
    }
}
