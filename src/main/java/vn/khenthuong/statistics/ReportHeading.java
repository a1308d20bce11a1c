package vn.khenthuong.statistics;

import java.util.List;
import java.util.Locale;

import vn.khenthuong.organisation.OrgKind;
import vn.khenthuong.organisation.OrgLevel;
import vn.khenthuong.organisation.Organisation;

/**
 * Who a report is from, as its head and closing print it (Decree 30/2020): the People's Committee of a
 * province, district or commune, or a unit for its own figures.
 *
 * @param issuingBody lines of the top left, in capitals
 * @param number      what follows "Số: ", left blank for the office to fill in
 * @param copiesTo    "Nơi nhận" without the dashes
 * @param capacity    the signer's lines
 */
record ReportHeading(List<String> issuingBody, String number, String place, List<String> copiesTo, List<String> capacity) {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String BLANK_NUMBER = "      /";

    static ReportHeading of(Organisation scope, OrganisationTree tree) {
        String place = place(scope, tree);
        String name = scope.name().toUpperCase(VIETNAMESE);
        if (scope.level() == OrgLevel.UNIT) {
            return new ReportHeading(List.of(name), BLANK_NUMBER + "BC", place, List.of("Lưu: VT."),
                    List.of("THỦ TRƯỞNG ĐƠN VỊ"));
        }
        List<String> copies = scope.kind() == OrgKind.PROVINCE
                ? List.of("Ban Thi đua - Khen thưởng Trung ương;", "Thường trực Tỉnh ủy, HĐND tỉnh;",
                        "Chủ tịch, các PCT UBND tỉnh;", "Lưu: VT, TĐKT.")
                : List.of("UBND tỉnh (Ban Thi đua - Khen thưởng);", "Thường trực cấp ủy, HĐND;", "Lưu: VT, NV.");
        return new ReportHeading(List.of("ỦY BAN NHÂN DÂN", name), BLANK_NUMBER + "BC-UBND", place, copies,
                List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"));
    }

    /** The place name of the organisation or, failing that, of the nearest organisation above it. */
    private static String place(Organisation scope, OrganisationTree tree) {
        for (Organisation o = scope; o != null; o = tree.find(o.parentCode()).orElse(null)) {
            if (o.placeName() != null && !o.placeName().isBlank()) {
                return o.placeName();
            }
        }
        return scope.name();
    }
}
