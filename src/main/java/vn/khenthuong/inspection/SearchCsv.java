package vn.khenthuong.inspection;

import java.util.List;

import vn.khenthuong.web.SpreadsheetCsv;

/** The search result as a spreadsheet file ({@link SpreadsheetCsv}). */
final class SearchCsv {

    static final List<String> HEADER = List.of("Mã hồ sơ", "Đơn vị", "Danh hiệu", "Năm", "Người, tập thể được đề nghị",
            "Trạng thái", "Số quyết định");

    private SearchCsv() {
    }

    static byte[] write(List<SearchRow> rows) {
        return SpreadsheetCsv.write(HEADER, rows.stream()
                .map(r -> List.of(nullToEmpty(r.code()), r.unitName(), r.awardName(), Integer.toString(r.year()),
                        r.nomineeList(), r.statusLabel(), r.decisionList()))
                .toList());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
