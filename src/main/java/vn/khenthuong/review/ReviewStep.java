package vn.khenthuong.review;

import java.util.Arrays;
import java.util.Optional;

import vn.khenthuong.organisation.OrgLevel;

/** The reviewing steps of the nomination process, by the id of their user task in the BPMN. */
public enum ReviewStep {
    DISTRICT_CHECK("districtCheck", OrgLevel.DISTRICT, false, "districtChairmanGroup"),
    DISTRICT_COUNCIL("districtCouncil", OrgLevel.DISTRICT, true, "districtChairmanGroup"),
    DISTRICT_CHAIRMAN("districtChairman", OrgLevel.DISTRICT, false, "provinceReviewerGroup"),
    PROVINCE_APPRAISAL("provinceAppraisal", OrgLevel.PROVINCE, false, "provinceChairmanGroup"),
    PROVINCE_COUNCIL("provinceCouncil", OrgLevel.PROVINCE, true, "provinceChairmanGroup"),
    PROVINCE_CHAIRMAN("provinceChairman", OrgLevel.PROVINCE, false, "provinceReviewerGroup");

    private final String taskKey;
    private final OrgLevel level;
    private final boolean council;
    private final String supervisorGroupVariable;

    ReviewStep(String taskKey, OrgLevel level, boolean council, String supervisorGroupVariable) {
        this.taskKey = taskKey;
        this.level = level;
        this.council = council;
        this.supervisorGroupVariable = supervisorGroupVariable;
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

    /** The process variable holding the group told when this step is overdue. */
    public String supervisorGroupVariable() {
        return supervisorGroupVariable;
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
