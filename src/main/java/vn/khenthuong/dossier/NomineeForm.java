package vn.khenthuong.dossier;

import static vn.khenthuong.dossier.FormValues.blank;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.validation.Errors;

import vn.khenthuong.award.NomineeKind;

/**
 * One row of the dossier page's list of nominees, as typed (see {@link DossierForm}). A person's recognised
 * initiatives are rows of their own; the older count of initiatives is only shown, and sent, while none
 * is listed.
 */
class NomineeForm {

    private String id;
    private String kind = NomineeKind.INDIVIDUAL.name();
    private String fullName;
    private String cccd;
    private String birthDate;
    private String jobTitle;
    private boolean directWorker;
    private String collectiveCode;
    private boolean smallCollective;
    private String memberCount;
    private String ldttCount;
    private String cstdcsCount;
    private String disciplinedCount;
    private String dutyRating;
    private String excellentYears;
    private String initiativeCount;
    private String monthsOfService;
    private boolean underDiscipline;
    private String achievement;
    private FormRows<InitiativeForm> initiatives = new FormRows<>(NomineeRequest.MAX_INITIATIVES);

    /** Which row of {@link #initiatives} each initiative of the last request came from (blank rows are left out). */
    private final List<Integer> rowOfInitiative = new ArrayList<>();

    static NomineeForm empty(NomineeKind kind) {
        NomineeForm form = new NomineeForm();
        form.kind = kind.name();
        return form;
    }

    static NomineeForm of(Nominee n) {
        NomineeForm form = new NomineeForm();
        form.id = text(n.id());
        form.kind = n.kind().name();
        form.fullName = n.fullName();
        form.cccd = n.cccd();
        form.birthDate = FormValues.date(n.birthDate());
        form.jobTitle = n.jobTitle();
        form.directWorker = n.directWorker();
        form.collectiveCode = n.collectiveCode();
        form.smallCollective = n.smallCollective();
        form.memberCount = text(n.memberCount());
        form.ldttCount = text(n.ldttCount());
        form.cstdcsCount = text(n.cstdcsCount());
        form.disciplinedCount = text(n.disciplinedCount());
        form.dutyRating = n.dutyRating() == null ? null : n.dutyRating().name();
        form.excellentYears = text(n.excellentYears());
        n.initiatives().forEach(i -> form.initiatives.add(InitiativeForm.of(i)));
        form.initiativeCount = n.initiatives().isEmpty() ? text(n.initiativeCount()) : null;
        form.monthsOfService = text(n.monthsOfService());
        form.underDiscipline = n.underDiscipline();
        form.achievement = n.achievement();
        return form;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** A row added but left untouched: not sent, so that an unused row does not stop the saving. */
    boolean isBlank() {
        return blank(id) && !directWorker && !smallCollective && !underDiscipline
                && Stream.of(fullName, cccd, birthDate, jobTitle, collectiveCode, memberCount, ldttCount, cstdcsCount,
                        disciplinedCount, dutyRating, excellentYears, initiativeCount, monthsOfService, achievement)
                .allMatch(FormValues::blank)
                && initiatives.stream().allMatch(i -> i == null || i.isBlank());
    }

    void addInitiative() {
        if (isIndividual() && !initiatives.full()) {
            initiatives.add(new InitiativeForm());
        }
    }

    void removeInitiative(int row) {
        if (row >= 0 && row < initiatives.size()) {
            initiatives.remove(row);
        }
    }

    /** The form's row of the {@code index}-th initiative of the last request. */
    int initiativeRow(int index) {
        return index < rowOfInitiative.size() ? rowOfInitiative.get(index) : index;
    }

    public boolean isIndividual() {
        return !NomineeKind.COLLECTIVE.name().equals(kind);
    }

    /** {@code path}: the row's prefix in the form, such as {@code nominees[2].}, for the errors. */
    NomineeRequest toRequest(Errors errors, String path) {
        boolean individual = isIndividual();
        rowOfInitiative.clear();
        List<InitiativeRequest> listed = new ArrayList<>();
        for (int row = 0; individual && row < initiatives.size(); row++) {
            InitiativeForm initiative = initiatives.get(row);
            if (initiative != null && !initiative.isBlank()) {
                rowOfInitiative.add(row);
                listed.add(initiative.toRequest(errors, path + "initiatives[" + row + "]."));
            }
        }
        return new NomineeRequest(FormValues.id(id, errors, path + "id"),
                FormValues.choice(NomineeKind.class, kind, errors, path + "kind", "Loại người được đề nghị"),
                FormValues.text(fullName),
                individual ? FormValues.text(cccd) : null,
                individual ? FormValues.date(birthDate, errors, path + "birthDate", "Ngày sinh") : null,
                individual ? FormValues.text(jobTitle) : null,
                individual && directWorker,
                individual ? null : FormValues.text(collectiveCode),
                !individual && smallCollective,
                individual ? null : FormValues.integer(memberCount, errors, path + "memberCount", "Số thành viên"),
                individual ? null : FormValues.integer(ldttCount, errors, path + "ldttCount", "Số thành viên đạt LĐTT"),
                individual ? null : FormValues.integer(cstdcsCount, errors, path + "cstdcsCount",
                        "Số thành viên đạt CSTĐ cơ sở"),
                individual ? null : FormValues.integer(disciplinedCount, errors, path + "disciplinedCount",
                        "Số thành viên bị kỷ luật"),
                FormValues.choice(DutyRating.class, dutyRating, errors, path + "dutyRating", "Mức hoàn thành nhiệm vụ"),
                individual ? FormValues.integer(excellentYears, errors, path + "excellentYears",
                        "Số năm hoàn thành xuất sắc") : null,
                individual && listed.isEmpty()
                        ? FormValues.integer(initiativeCount, errors, path + "initiativeCount", "Số sáng kiến") : null,
                individual ? FormValues.integer(monthsOfService, errors, path + "monthsOfService", "Số tháng công tác")
                        : null,
                individual && underDiscipline,
                FormValues.text(achievement),
                listed);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getCccd() {
        return cccd;
    }

    public void setCccd(String cccd) {
        this.cccd = cccd;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(String birthDate) {
        this.birthDate = birthDate;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public boolean isDirectWorker() {
        return directWorker;
    }

    public void setDirectWorker(boolean directWorker) {
        this.directWorker = directWorker;
    }

    public String getCollectiveCode() {
        return collectiveCode;
    }

    public void setCollectiveCode(String collectiveCode) {
        this.collectiveCode = collectiveCode;
    }

    public boolean isSmallCollective() {
        return smallCollective;
    }

    public void setSmallCollective(boolean smallCollective) {
        this.smallCollective = smallCollective;
    }

    public String getMemberCount() {
        return memberCount;
    }

    public void setMemberCount(String memberCount) {
        this.memberCount = memberCount;
    }

    public String getLdttCount() {
        return ldttCount;
    }

    public void setLdttCount(String ldttCount) {
        this.ldttCount = ldttCount;
    }

    public String getCstdcsCount() {
        return cstdcsCount;
    }

    public void setCstdcsCount(String cstdcsCount) {
        this.cstdcsCount = cstdcsCount;
    }

    public String getDisciplinedCount() {
        return disciplinedCount;
    }

    public void setDisciplinedCount(String disciplinedCount) {
        this.disciplinedCount = disciplinedCount;
    }

    public String getDutyRating() {
        return dutyRating;
    }

    public void setDutyRating(String dutyRating) {
        this.dutyRating = dutyRating;
    }

    public String getExcellentYears() {
        return excellentYears;
    }

    public void setExcellentYears(String excellentYears) {
        this.excellentYears = excellentYears;
    }

    public String getInitiativeCount() {
        return initiativeCount;
    }

    public void setInitiativeCount(String initiativeCount) {
        this.initiativeCount = initiativeCount;
    }

    public String getMonthsOfService() {
        return monthsOfService;
    }

    public void setMonthsOfService(String monthsOfService) {
        this.monthsOfService = monthsOfService;
    }

    public boolean isUnderDiscipline() {
        return underDiscipline;
    }

    public void setUnderDiscipline(boolean underDiscipline) {
        this.underDiscipline = underDiscipline;
    }

    public List<InitiativeForm> getInitiatives() {
        return initiatives;
    }

    public void setInitiatives(List<InitiativeForm> rows) {
        FormRows<InitiativeForm> bounded = new FormRows<>(NomineeRequest.MAX_INITIATIVES);
        if (rows != null) {
            rows.forEach(bounded::add);
        }
        this.initiatives = bounded;
    }

    public String getAchievement() {
        return achievement;
    }

    public void setAchievement(String achievement) {
        this.achievement = achievement;
    }
}
