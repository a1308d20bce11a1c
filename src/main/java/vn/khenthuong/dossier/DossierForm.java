package vn.khenthuong.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

import vn.khenthuong.award.NomineeKind;

/**
 * The dossier page's form as typed: text for numbers and dates, so that a refused form comes back
 * exactly as it was sent, with the errors next to the fields. Field paths are those of
 * {@link DossierRequest} ({@code nominees[1].cccd}), so the API's messages land on the right input.
 */
class DossierForm {

    private static final Pattern NOMINEE_PATH = Pattern.compile("^nominees\\[(\\d+)]");
    private static final Pattern INITIATIVE_PATH = Pattern.compile("^\\.initiatives\\[(\\d+)]");

    private String unitCode;
    private String awardCode;
    private String periodYear;
    private String periodFrom;
    private String periodTo;
    private boolean oneOff;
    private String movement;
    private String summary;
    private String version;
    private List<NomineeForm> nominees = new ArrayList<>();

    /** Which row of {@link #nominees} each nominee of the last request came from (blank rows are left out). */
    private final List<Integer> rowOfNominee = new ArrayList<>();

    /** A new dossier for the year, with one empty row for a person. */
    static DossierForm blank(int year) {
        DossierForm form = new DossierForm();
        form.periodYear = Integer.toString(year);
        form.nominees.add(NomineeForm.empty(NomineeKind.INDIVIDUAL));
        return form;
    }

    static DossierForm of(Dossier d) {
        DossierForm form = new DossierForm();
        form.awardCode = d.awardCode();
        form.periodYear = Integer.toString(d.periodYear());
        form.periodFrom = FormValues.date(d.periodFrom());
        form.periodTo = FormValues.date(d.periodTo());
        form.oneOff = d.oneOff();
        form.movement = d.movement();
        form.summary = d.summary();
        form.version = Integer.toString(d.version());
        d.nominees().forEach(n -> form.nominees.add(NomineeForm.of(n)));
        return form;
    }

    /** The request the API would receive; what cannot be read is rejected on its field and left null. */
    DossierRequest toRequest(Errors errors) {
        rowOfNominee.clear();
        List<NomineeRequest> requested = new ArrayList<>();
        for (int row = 0; row < nominees.size(); row++) {
            NomineeForm nominee = nominees.get(row);
            if (nominee != null && !nominee.isBlank()) {
                rowOfNominee.add(row);
                requested.add(nominee.toRequest(errors, "nominees[" + row + "]."));
            }
        }
        return new DossierRequest(FormValues.text(unitCode), FormValues.text(awardCode),
                FormValues.integer(periodYear, errors, "periodYear", "Năm xét khen thưởng"),
                FormValues.date(periodFrom, errors, "periodFrom", "Ngày bắt đầu"),
                FormValues.date(periodTo, errors, "periodTo", "Ngày kết thúc"),
                oneOff, FormValues.text(movement), FormValues.text(summary), requested,
                FormValues.integer(version, errors, "version", "Phiên bản hồ sơ"));
    }

    /**
     * The form's field for a field path of the last request: {@code nominees[0].cccd} of the request is
     * {@code nominees[2].cccd} of the form when the first two rows were left blank; the same for the rows
     * of a person's initiatives.
     */
    String formField(String requestField) {
        if (requestField == null) {
            return null;
        }
        Matcher m = NOMINEE_PATH.matcher(requestField);
        if (!m.find()) {
            return requestField;
        }
        int index = Integer.parseInt(m.group(1));
        int row = index < rowOfNominee.size() ? rowOfNominee.get(index) : index;
        String rest = requestField.substring(m.end());
        Matcher initiative = INITIATIVE_PATH.matcher(rest);
        if (initiative.find() && row < nominees.size() && nominees.get(row) != null) {
            int initiativeRow = nominees.get(row).initiativeRow(Integer.parseInt(initiative.group(1)));
            rest = ".initiatives[" + initiativeRow + "]" + rest.substring(initiative.end());
        }
        return "nominees[" + row + "]" + rest;
    }

    void addNominee(NomineeKind kind) {
        nominees.add(NomineeForm.empty(kind));
    }

    void removeNominee(int row) {
        if (row >= 0 && row < nominees.size()) {
            nominees.remove(row);
        }
    }

    /** Adds an empty initiative to the person of the row; false if there is no such person. */
    boolean addInitiative(int row) {
        if (row < 0 || row >= nominees.size() || nominees.get(row) == null || !nominees.get(row).isIndividual()) {
            return false;
        }
        nominees.get(row).addInitiative();
        return true;
    }

    void removeInitiative(int row, int initiativeRow) {
        if (row >= 0 && row < nominees.size() && nominees.get(row) != null) {
            nominees.get(row).removeInitiative(initiativeRow);
        }
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getAwardCode() {
        return awardCode;
    }

    public void setAwardCode(String awardCode) {
        this.awardCode = awardCode;
    }

    public String getPeriodYear() {
        return periodYear;
    }

    public void setPeriodYear(String periodYear) {
        this.periodYear = periodYear;
    }

    public String getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(String periodFrom) {
        this.periodFrom = periodFrom;
    }

    public String getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(String periodTo) {
        this.periodTo = periodTo;
    }

    public boolean isOneOff() {
        return oneOff;
    }

    public void setOneOff(boolean oneOff) {
        this.oneOff = oneOff;
    }

    public String getMovement() {
        return movement;
    }

    public void setMovement(String movement) {
        this.movement = movement;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public List<NomineeForm> getNominees() {
        return nominees;
    }

    public void setNominees(List<NomineeForm> nominees) {
        this.nominees = nominees;
    }
}
