package vn.khenthuong.dossier;

import static vn.khenthuong.dossier.FormValues.blank;

import java.util.stream.Stream;

import org.springframework.validation.Errors;

import vn.khenthuong.award.NomineeKind;

/** One row of the dossier page's list of nominees, as typed (see {@link DossierForm}). */
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
        form.initiativeCount = text(n.initiativeCount());
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
                .allMatch(FormValues::blank);
    }

    public boolean isIndividual() {
        return !NomineeKind.COLLECTIVE.name().equals(kind);
    }

    /** {@code path}: the row's prefix in the form, such as {@code nominees[2].}, for the errors. */
    NomineeRequest toRequest(Errors errors, String path) {
        boolean individual = isIndividual();
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
                individual ? FormValues.integer(initiativeCount, errors, path + "initiativeCount", "Số sáng kiến") : null,
                individual ? FormValues.integer(monthsOfService, errors, path + "monthsOfService", "Số tháng công tác")
                        : null,
                individual && underDiscipline,
                FormValues.text(achievement));
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

    public String getAchievement() {
        return achievement;
    }

    public void setAchievement(String achievement) {
        this.achievement = achievement;
    }
}
