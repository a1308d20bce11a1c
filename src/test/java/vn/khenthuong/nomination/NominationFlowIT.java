package vn.khenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import static vn.khenthuong.testsupport.DossierApiClient.assertHeldBy;
import static vn.khenthuong.testsupport.DossierApiClient.dossier;
import static vn.khenthuong.testsupport.DossierApiClient.excellentWithTwoInitiatives;
import static vn.khenthuong.testsupport.DossierApiClient.individual;
import static vn.khenthuong.testsupport.DossierApiClient.nominee;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.dossier.DocumentKind;
import vn.khenthuong.testsupport.DossierApiClient;
import vn.khenthuong.testsupport.EngineRestClient;
import vn.khenthuong.testsupport.Samples;

/**
 * Dossiers travel the nomination process as its people drive it, with the demo accounts: the unit's
 * secretary through our dossier API, every reviewer through Camunda's REST API with their own
 * account (claim, complete with the form's variables), as Tasklist does on their behalf.
 */
@PostgresIntegrationTest
class NominationFlowIT {

    private static final String HOACHUNG = "thuky.hoachung";
    private static final String KBNN = "thuky.kbnn";
    private static final String AUDITOR = "kiemtra";
    private static final String AN = "Nông Văn An";
    private static final String BINH = "Lục Thị Bình";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;

    private DossierApiClient api;
    private EngineRestClient engine;

    @BeforeEach
    void clients() {
        api = new DossierApiClient(rest);
        engine = new EngineRestClient(rest);
    }

    @Test
    void aDistrictAwardIsApprovedByTheDistrictAfterTheCouncilStrikesOneNominee() {
        JsonNode draft = api.created(HOACHUNG, dossier(null, "LDTT", individual(AN), individual(BINH)));
        long id = draft.get("id").asLong();
        String code = draft.get("code").asText();

        assertThat(api.attachMissingDocuments(HOACHUNG, id)).as("required by the decision table for LĐTT")
                .containsExactlyInAnyOrder(DocumentKind.TO_TRINH, DocumentKind.DANH_SACH,
                        DocumentKind.BAO_CAO_THANH_TICH, DocumentKind.BIEN_BAN_HOP);
        JsonNode check = api.post(HOACHUNG, "/api/dossiers/" + id + "/check", null).getBody();
        assertThat(check.get("errorCount").asInt()).as(check.toString()).isZero();
        JsonNode submitted = api.submit(HOACHUNG, id, null);
        assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
        assertHeldBy(submitted, "districtCheck", "tpcb-thamdinh");

        engine.approve("noivu.tpcb", code, "districtCheck");
        engine.vote("hoidong.tpcb", code, "districtCouncil", 9, 8, Map.of(AN, 7, BINH, 3));
        engine.approve("chutich.tpcb", code, "districtChairman");

        JsonNode decided = api.get(HOACHUNG, "/api/dossiers/" + id).getBody();
        assertThat(decided.get("status").asText()).isEqualTo("APPROVED");
        assertThat(decided.get("decidingLevel").asText()).isEqualTo("DISTRICT");
        assertThat(decided.get("reachedProvince").asBoolean()).isFalse();
        assertThat(decided.get("currentSteps")).isEmpty();
        assertThat(nominee(decided, AN).get("status").asText()).isEqualTo("APPROVED");
        JsonNode struck = nominee(decided, BINH);
        assertThat(struck.get("status").asText()).isEqualTo("STRUCK");
        assertThat(struck.get("struckReason").asText())
                .contains("Hội đồng Thi đua - Khen thưởng Thành phố Cao Bằng", "3/9", "8 có mặt", "chưa đạt 50% số thành viên có mặt");

        JsonNode registered = api.get("bantdkt", "/api/registry?cccd=" + nominee(decided, AN).get("cccd").asText()).getBody();
        assertThat(registered).hasSize(1);
        assertThat(registered.get(0).get("awardCode").asText()).isEqualTo("LDTT");
        assertThat(registered.get(0).get("awardYear").asInt()).isEqualTo(2025);
        assertThat(registered.get(0).get("source").asText()).isEqualTo("APPROVAL");
        assertThat(registered.get(0).get("dossierId").asLong()).isEqualTo(id);
        assertThat(registered.get(0).get("decidedBy").asText()).isEqualTo("Chủ tịch UBND Thành phố Cao Bằng");
        assertThat(registered.get(0).get("createdBy").asText()).isEqualTo("chutich.tpcb");
        assertThat(api.get("bantdkt", "/api/registry?cccd=" + struck.get("cccd").asText()).getBody()).isEmpty();
    }

    @Test
    void aProvincialAgencysProvincialAwardGoesStraightToTheProvince() {
        ObjectNode hong = excellentWithTwoInitiatives("Đàm Thị Hồng");
        JsonNode draft = api.created(KBNN, dossier(null, "BK_T", hong));
        long id = draft.get("id").asLong();
        String code = draft.get("code").asText();
        api.attachMissingDocuments(KBNN, id);

        JsonNode submitted = api.submit(KBNN, id, null);

        assertHeldBy(submitted, "provinceAppraisal", "caobang-thamdinh");
        assertThat(engine.tasks("noivu.tpcb", code)).as("no district in between").isEmpty();
        assertThat(engine.tasks("noivu.tk", code)).isEmpty();
        assertThat(api.get("noivu.tpcb", "/api/dossiers/" + id).getStatusCode().value()).isEqualTo(404);
        engine.approve("bantdkt", code, "provinceAppraisal");
        engine.vote("hoidong.tinh", code, "provinceCouncil", 15, 14, Map.of("Đàm Thị Hồng", 13));
        engine.approve("chutich.tinh", code, "provinceChairman");

        JsonNode decided = api.get(KBNN, "/api/dossiers/" + id).getBody();
        assertThat(decided.get("status").asText()).isEqualTo("APPROVED");
        assertThat(decided.get("decidingLevel").asText()).isEqualTo("PROVINCE");
        assertThat(decided.get("reachedProvince").asBoolean()).isTrue();
        assertThat(decided.get("currentSteps")).isEmpty();
        JsonNode registered = api.get("bantdkt", "/api/registry?cccd=" + hong.get("cccd").asText()).getBody();
        assertThat(registered.findValuesAsText("decidedBy")).containsExactly("Chủ tịch UBND Tỉnh Cao Bằng");
        assertThat(registered.findValuesAsText("source")).containsExactly("APPROVAL");
        String instance = processInstanceOf(id);
        JsonNode steps = engine.get(AUDITOR, "/history/activity-instance?activityType=userTask&sortBy=startTime"
                + "&sortOrder=asc&processInstanceId=" + instance).getBody();
        assertThat(steps.findValuesAsText("activityId"))
                .containsExactly("provinceAppraisal", "provinceCouncil", "provinceChairman");
    }

    @Test
    void aDossierReturnedByTheDistrictCouncilComesBackToTheCouncilAfterResubmission() {
        JsonNode draft = api.created(HOACHUNG, dossier(null, "LDTT", individual(AN)));
        long id = draft.get("id").asLong();
        String code = draft.get("code").asText();
        api.attachMissingDocuments(HOACHUNG, id);
        api.submit(HOACHUNG, id, null);
        engine.approve("noivu.tpcb", code, "districtCheck");

        engine.sendBack("hoidong.tpcb", code, "districtCouncil", "Biên bản họp chưa có chữ ký của Chủ tịch Hội đồng");

        JsonNode returned = api.get(HOACHUNG, "/api/dossiers/" + id).getBody();
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.get("returnComment").asText()).isEqualTo("Biên bản họp chưa có chữ ký của Chủ tịch Hội đồng");
        assertThat(returned.get("returnedFrom").asText()).isEqualTo("Hội đồng Thi đua - Khen thưởng Thành phố Cao Bằng");
        assertHeldBy(returned, "supplementDistrictCouncil", "thhoachung-thuky");
        assertThat(engine.tasks("hoidong.tpcb", code)).isEmpty();

        ObjectNode kept = individual(AN);
        kept.put("id", returned.get("nominees").get(0).get("id").asLong());
        ObjectNode edit = dossier(null, "LDTT", kept, individual(BINH));
        edit.put("summary", "Đã bổ sung biên bản họp có đủ chữ ký và thêm một người được đề nghị");
        edit.put("version", returned.get("version").asInt());
        ResponseEntity<JsonNode> edited = api.put(HOACHUNG, "/api/dossiers/" + id, edit);
        assertThat(edited.getStatusCode().value()).as("%s", edited.getBody()).isEqualTo(200);
        JsonNode resubmitted = api.submit(HOACHUNG, id, Map.of("response", "Đã bổ sung biên bản họp"));

        assertThat(resubmitted.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(resubmitted.has("returnComment")).isFalse();
        assertHeldBy(resubmitted, "districtCouncil", "tpcb-hoidong");
        assertThat(engine.tasks("noivu.tpcb", code)).as("not back at the first step").isEmpty();
        String councilTask = engine.task("hoidong.tpcb", code, "districtCouncil").get("id").asText();
        assertThat(engine.ballot("hoidong.tpcb", councilTask).findValuesAsText("name"))
                .as("the council votes on the edited dossier").containsExactly(AN, BINH);
    }

    @Test
    void aReviewerOfAnotherDistrictNeitherSeesNorWorksTheTaskAndTheAuditorOnlyReads() {
        JsonNode draft = api.created(HOACHUNG, dossier(null, "LDTT", individual(AN)));
        long id = draft.get("id").asLong();
        String code = draft.get("code").asText();
        api.attachMissingDocuments(HOACHUNG, id);
        int version = api.submit(HOACHUNG, id, null).get("version").asInt();
        String taskId = engine.task("noivu.tpcb", code, "districtCheck").get("id").asText();
        String instance = processInstanceOf(id);

        assertThat(engine.tasks("noivu.tk", code)).isEmpty();
        assertThat(engine.get("noivu.tk", "/task/count?processInstanceBusinessKey=" + code).getBody().get("count").asInt())
                .isZero();
        assertThat(status(engine.get("noivu.tk", "/task/" + taskId))).isIn(403, 404);
        assertThat(status(engine.get("noivu.tk", "/task/" + taskId + "/variables"))).isIn(403, 404);
        assertThat(status(engine.claim("noivu.tk", taskId))).isIn(403, 404);
        assertThat(status(engine.complete("noivu.tk", taskId, Map.of("outcome", "APPROVE")))).isIn(403, 404);
        assertThat(status(api.get("noivu.tk", "/api/dossiers/" + id))).isEqualTo(404);
        assertThat(api.get("noivu.tk", "/api/dossiers?unit=thhoachung").getBody().findValuesAsText("code"))
                .doesNotContain(code);

        assertThat(status(api.get(AUDITOR, "/api/dossiers/" + id))).isEqualTo(200);
        JsonNode history = engine.get(AUDITOR, "/history/process-instance?processInstanceBusinessKey=" + code).getBody();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("id").asText()).isEqualTo(instance);
        assertThat(history.get(0).get("state").asText()).isEqualTo("ACTIVE");
        assertThat(engine.get(AUDITOR, "/history/task?processInstanceBusinessKey=" + code).getBody()
                .findValuesAsText("taskDefinitionKey")).containsExactly("districtCheck");

        ObjectNode edit = dossier("thhoachung", "LDTT", individual(AN));
        List<ResponseEntity<JsonNode>> apiWrites = List.of(
                api.post(AUDITOR, "/api/dossiers", edit),
                api.put(AUDITOR, "/api/dossiers/" + id, edit),
                api.upload(AUDITOR, id, "KHAC", "ghi-chu.pdf", "application/pdf", Samples.pdf()),
                api.post(AUDITOR, "/api/dossiers/" + id + "/submit", null),
                api.post(AUDITOR, "/api/dossiers/" + id + "/withdraw", Map.of("reason", "Thử")),
                api.delete(AUDITOR, "/api/dossiers/" + id + "/documents/" + draftDocument(id)),
                api.post(AUDITOR, "/api/organisations", Map.of("code", "kiemtrathu", "name", "Thử", "kind", "UNIT",
                        "parentCode", "tpcb")),
                api.post(AUDITOR, "/api/settings", Map.of("key", "step-days.DISTRICT_CHECK", "value", "1",
                        "effectiveFrom", "2030-01-01")));
        assertThat(apiWrites).extracting(NominationFlowIT::status).containsOnly(403);

        Map<String, Object> outcome = Map.of("outcome", "APPROVE");
        List<ResponseEntity<JsonNode>> engineWrites = List.of(
                engine.claim(AUDITOR, taskId),
                engine.complete(AUDITOR, taskId, outcome),
                engine.post(AUDITOR, "/task/" + taskId + "/variables", Map.of("modifications", EngineRestClient.typed(outcome))),
                engine.send(AUDITOR, HttpMethod.PUT, "/task/" + taskId + "/variables/outcome", Map.of("value", "APPROVE")),
                engine.post(AUDITOR, "/process-instance/" + instance + "/variables",
                        Map.of("modifications", EngineRestClient.typed(outcome))),
                engine.send(AUDITOR, HttpMethod.PUT, "/process-instance/" + instance + "/variables/outcome",
                        Map.of("value", "APPROVE")),
                engine.send(AUDITOR, HttpMethod.DELETE, "/process-instance/" + instance, null));
        assertThat(engineWrites).extracting(NominationFlowIT::status).containsOnly(403);

        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        assertThat(task).as("the task is still open").isNotNull();
        assertThat(task.getAssignee()).isNull();
        assertThat(taskService.getVariable(taskId, "outcome")).isNull();
        JsonNode after = api.get(HOACHUNG, "/api/dossiers/" + id).getBody();
        assertThat(after.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(after.get("version").asInt()).isEqualTo(version);
        assertThat(after.get("documents")).hasSize(4);
    }

    @Test
    void anErrorFindingBlocksApprovalUntilTheReviewerRecordsAnOverride() {
        ObjectNode disciplined = individual(AN);
        disciplined.put("underDiscipline", true);
        JsonNode draft = api.created(HOACHUNG, dossier(null, "LDTT", disciplined));
        long id = draft.get("id").asLong();
        String code = draft.get("code").asText();
        api.attachMissingDocuments(HOACHUNG, id);
        JsonNode submitted = api.submit(HOACHUNG, id, null);
        JsonNode finding = finding(submitted, "DISCIPLINE");
        assertThat(finding.get("severity").asText()).isEqualTo("ERROR");
        assertThat(finding.has("overriddenBy")).isFalse();
        String taskId = engine.task("noivu.tpcb", code, "districtCheck").get("id").asText();
        assertThat(status(engine.claim("noivu.tpcb", taskId))).isEqualTo(204);

        ResponseEntity<JsonNode> refused = engine.complete("noivu.tpcb", taskId, Map.of("outcome", "APPROVE"));

        assertThat(status(refused)).as("refused, not failed").isEqualTo(400);
        assertThat(refused.getBody().get("message").asText())
                .isEqualTo("Hồ sơ còn lỗi về điều kiện khen thưởng nên chưa thể đồng ý. Hãy trả lại, từ chối, "
                        + "hoặc ghi lý do chấp nhận vượt qua các lỗi này.")
                .doesNotContain("ENGINE-", "Exception");
        JsonNode stillThere = engine.task("noivu.tpcb", code, "districtCheck");
        assertThat(stillThere.get("id").asText()).isEqualTo(taskId);
        assertThat(stillThere.get("assignee").asText()).isEqualTo("noivu.tpcb");
        assertThat(finding(api.get(HOACHUNG, "/api/dossiers/" + id).getBody(), "DISCIPLINE").has("overriddenBy")).isFalse();

        ResponseEntity<JsonNode> overridden = engine.complete("noivu.tpcb", taskId, Map.of("outcome", "APPROVE",
                "overrideReason", "Quyết định kỷ luật đã hết hiệu lực, có xác nhận của đơn vị"));

        assertThat(status(overridden)).as("%s", overridden.getBody()).isEqualTo(204);
        JsonNode passed = api.get(HOACHUNG, "/api/dossiers/" + id).getBody();
        JsonNode kept = finding(passed, "DISCIPLINE");
        assertThat(kept.get("overriddenBy").asText()).isEqualTo("noivu.tpcb");
        assertThat(kept.get("overrideReason").asText()).isEqualTo("Quyết định kỷ luật đã hết hiệu lực, có xác nhận của đơn vị");
        assertHeldBy(passed, "districtCouncil", "tpcb-hoidong");
    }

    @Test
    void anOverdueTaskIsEscalatedToTheSupervisorsAndStaysWithItsHolders() {
        JsonNode draft = api.created(HOACHUNG, dossier(null, "LDTT", individual(AN)));
        long id = draft.get("id").asLong();
        String code = draft.get("code").asText();
        api.attachMissingDocuments(HOACHUNG, id);
        api.submit(HOACHUNG, id, null);
        String taskId = engine.task("noivu.tpcb", code, "districtCheck").get("id").asText();
        assertThat(status(engine.claim("noivu.tpcb", taskId))).isEqualTo(204);
        Job timer = managementService.createJobQuery().processInstanceId(processInstanceOf(id))
                .activityId("districtCheckOverdue").singleResult();
        assertThat(timer).as("the overdue timer of the open step").isNotNull();
        assertThat(timer.getDuedate()).isEqualTo(taskService.createTaskQuery().taskId(taskId).singleResult().getDueDate());

        managementService.executeJob(timer.getId());

        Map<String, Object> mark = jdbc.sql("select dossier_id, step, escalated_to from overdue_task where task_id = ?")
                .param(taskId).query().singleRow();
        assertThat(((Number) mark.get("dossier_id")).longValue()).isEqualTo(id);
        assertThat(mark.get("step")).isEqualTo("Phòng Nội vụ Thành phố Cao Bằng thẩm định");
        assertThat(mark.get("escalated_to")).isEqualTo("tpcb-chutich");
        List<String> notices = jdbc.sql("select message from notification where group_id = 'tpcb-chutich' and task_id = ?")
                .param(taskId).query(String.class).list();
        assertThat(notices).singleElement().asString().contains(code, "quá hạn");
        assertThat(api.get("chutich.tpcb", "/api/notifications").getBody().findValuesAsText("taskId")).contains(taskId);
        JsonNode task = engine.task("noivu.tpcb", code, "districtCheck");
        assertThat(task.get("id").asText()).isEqualTo(taskId);
        assertThat(task.get("assignee").asText()).isEqualTo("noivu.tpcb");
        assertThat(taskService.getIdentityLinksForTask(taskId)).filteredOn(l -> l.getGroupId() != null)
                .extracting(IdentityLink::getGroupId).containsExactly("tpcb-thamdinh");
        assertThat(engine.tasks("chutich.tpcb", code)).as("told, not given the task").isEmpty();
        assertThat(managementService.createJobQuery().jobId(timer.getId()).count()).isZero();
    }

    private static JsonNode finding(JsonNode dossier, String ruleCode) {
        for (JsonNode f : dossier.get("findings")) {
            if (f.get("ruleCode").asText().equals(ruleCode)) {
                return f;
            }
        }
        throw new AssertionError("Không có kết quả kiểm tra " + ruleCode + ": " + dossier.get("findings"));
    }

    private String processInstanceOf(long dossierId) {
        return jdbc.sql("select process_instance_id from dossier where id = ?").param(dossierId).query(String.class).single();
    }

    private long draftDocument(long dossierId) {
        return jdbc.sql("select min(id) from dossier_document where dossier_id = ?").param(dossierId).query(Long.class).single();
    }

    private static int status(ResponseEntity<?> response) {
        return response.getStatusCode().value();
    }
}
