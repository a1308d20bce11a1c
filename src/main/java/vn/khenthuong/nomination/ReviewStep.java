package vn.khenthuong.nomination;

import java.util.Arrays;
import java.util.Optional;

import vn.khenthuong.organisation.OrgLevel;
import vn.khenthuong.organisation.OrgRole;

/** The reviewing steps of the nomination process, by the id of their user task in the BPMN. */
public enum ReviewStep {
    DISTRICT_CHECK("districtCheck", OrgLevel.DISTRICT, false, OrgLevel.DISTRICT, OrgRole.CHAIRMAN),
    DISTRICT_COUNCIL("districtCouncil", OrgLevel.DISTRICT, true, OrgLevel.DISTRICT, OrgRole.CHAIRMAN),
    DISTRICT_CHAIRMAN("districtChairman", OrgLevel.DISTRICT, false, OrgLevel.PROVINCE, OrgRole.REVIEWER),
    PROVINCE_APPRAISAL("provinceAppraisal", OrgLevel.PROVINCE, false, OrgLevel.PROVINCE, OrgRole.CHAIRMAN),
    PROVINCE_COUNCIL("provinceCouncil", OrgLevel.PROVINCE, true, OrgLevel.PROVINCE, OrgRole.CHAIRMAN),
    PROVINCE_CHAIRMAN("provinceChairman", OrgLevel.PROVINCE, false, OrgLevel.PROVINCE, OrgRole.REVIEWER);

    private final String taskKey;
    private final OrgLevel level;
    private final boolean council;
    private final OrgLevel supervisorLevel;
    private final OrgRole supervisorRole;

    ReviewStep(String taskKey, OrgLevel level, boolean council, OrgLevel supervisorLevel, OrgRole supervisorRole) {
        this.taskKey = taskKey;
        this.level = level;
        this.council = council;
        this.supervisorLevel = supervisorLevel;
        this.supervisorRole = supervisorRole;
    }

    public String taskKey() {
        return taskKey;
    }

    public OrgLevel level() {
        return level;
    }

    public boolean council() {
        return council;
    }

    /** The level of the body told when this step is overdue. */
    OrgLevel supervisorLevel() {
        return supervisorLevel;
    }

    /** The role told at that body. */
    OrgRole supervisorRole() {
        return supervisorRole;
    }

    /** The step of a reviewing task, or of the supplement task that a return from that step opened. */
    public static Optional<ReviewStep> ofTask(String taskDefinitionKey) {
        String key = taskDefinitionKey.startsWith(NominationProcess.SUPPLEMENT_TASK_PREFIX)
                ? decapitalize(taskDefinitionKey.substring(NominationProcess.SUPPLEMENT_TASK_PREFIX.length()))
                : taskDefinitionKey;
        return Arrays.stream(values()).filter(s -> s.taskKey.equals(key)).findFirst();
    }

    public static ReviewStep ofTaskKey(String taskDefinitionKey) {
        return ofTask(taskDefinitionKey).orElseThrow(
                () -> new IllegalArgumentException("Không phải bước xét duyệt: " + taskDefinitionKey));
    }

    private static String decapitalize(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
