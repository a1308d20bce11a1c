package vn.khenthuong.registry;

import java.util.List;

/** The result of a CSV import: every data line, accepted or refused with the reason. */
public record ImportReport(int accepted, int refused, List<Row> rows) {

    /** {@code line} is the line of the file (the header is line 1); {@code reason} is set when refused. */
    public record Row(int line, String name, boolean accepted, String reason) {
    }
}
