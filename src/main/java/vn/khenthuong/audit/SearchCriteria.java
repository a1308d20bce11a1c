package vn.khenthuong.audit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.khenthuong.dossier.DossierStatus;

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
        Integer year = null;
        String yearText = clean(form.nam());
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
        String statusText = clean(form.trangThai());
        if (statusText != null) {
            try {
                status = DossierStatus.valueOf(statusText);
            } catch (IllegalArgumentException e) {
                errors.add("Trạng thái không hợp lệ");
            }
        }
        String person = clean(form.nguoi());
        boolean byCccd = person != null && DIGITS.matcher(person).matches();
        return new SearchCriteria(clean(form.ma()), clean(form.donVi()), clean(form.huyen()), clean(form.danhHieu()),
                year, byCccd ? person : null, byCccd ? null : person, clean(form.soQuyetDinh()), status,
                clean(form.nguoiXuLy()), errors);
    }

    private static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }
}
