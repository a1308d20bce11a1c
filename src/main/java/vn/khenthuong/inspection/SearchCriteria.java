package vn.khenthuong.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import vn.khenthuong.dossier.DossierStatus;
import vn.khenthuong.kernel.CleanText;

/**
 * What the auditor searches for, checked and cleaned; null means any. A person is looked up by CCCD
 * when the text is all digits, otherwise by name ignoring case and accents.
 */
record SearchCriteria(String code, String unit, String district, String award, Integer year, String cccd,
        String name, String decisionNumber, DossierStatus status, String actor, List<String> errors) {

    private static final Pattern DIGITS = Pattern.compile("\\d{6,12}");

    /** The form as the page sends it: every field text, possibly empty. */
    record Form(String ma, String donVi, String huyen, String danhHieu, String nam, String nguoi, String soQuyetDinh,
            String trangThai, String nguoiXuLy) {

        static Form empty() {
            return new Form(null, null, null, null, null, null, null, null, null);
        }
    }

    SearchCriteria {
        errors = List.copyOf(errors);
    }

    static SearchCriteria of(Form form) {
        List<String> errors = new ArrayList<>();
        UnaryOperator<String> clean = text -> clean(text, errors);
        Integer year = null;
        String yearText = clean.apply(form.nam());
        if (yearText != null) {
            try {
                year = Integer.valueOf(yearText);
                if (year < 1945 || year > 2100) {
                    errors.add("Năm phải từ 1945 đến 2100");
                    year = null;
                }
            } catch (NumberFormatException e) {
                errors.add("Năm phải là một số, ví dụ 2025");
            }
        }
        DossierStatus status = null;
        String statusText = clean.apply(form.trangThai());
        if (statusText != null) {
            try {
                status = DossierStatus.valueOf(statusText);
            } catch (IllegalArgumentException e) {
                errors.add("Trạng thái không hợp lệ");
            }
        }
        String person = clean.apply(form.nguoi());
        boolean byCccd = person != null && DIGITS.matcher(person).matches();
        return new SearchCriteria(clean.apply(form.ma()), clean.apply(form.donVi()), clean.apply(form.huyen()), clean.apply(form.danhHieu()),
                year, byCccd ? person : null, byCccd ? null : person, clean.apply(form.soQuyetDinh()), status,
                clean.apply(form.nguoiXuLy()), errors);
    }

    private static String clean(String text, List<String> errors) {
        try {
            return CleanText.line(text);
        } catch (CleanText.RefusedText e) {
            if (errors.isEmpty()) {
                errors.add("Điều kiện tìm kiếm " + e.getMessage());
            }
            return null;
        }
    }
}
