package vn.khenthuong.inspection;

import java.util.List;

import vn.khenthuong.dossier.DossierStatus;

/** One dossier of the auditor's search result as the page and the CSV show it. */
record SearchRow(long id, String code, String unitName, String awardName, int year, List<String> nominees,
        DossierStatus status, List<String> decisionNumbers) {

    public String statusLabel() {
        return status.label();
    }

    public String nomineeList() {
        return String.join(", ", nominees);
    }

    public String decisionList() {
        return String.join(", ", decisionNumbers);
    }
}
