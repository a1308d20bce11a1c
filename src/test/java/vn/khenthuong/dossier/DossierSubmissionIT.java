package vn.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import static vn.khenthuong.testsupport.DossierApiClient.dossier;
import static vn.khenthuong.testsupport.DossierApiClient.individual;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.nomination.ProcessVariables;
import vn.khenthuong.organisation.OrgKind;
import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.testsupport.DossierApiClient;
import vn.khenthuong.testsupport.Samples;
import vn.khenthuong.testsupport.TestAccounts;

/** Submitting, resubmitting and withdrawing dossiers through the real nomination process. */
@PostgresIntegrationTest
class DossierSubmissionIT {

    private static final String HOACHUNG = "thuky.hoachung";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganisationService organisations;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;

    private DossierApiClient api;

    @BeforeEach
    void accounts() {
        api = new DossierApiClient(rest);
    }

    @Test
    void anIncompleteDossierIsRefusedWithItsFindingsAndNothingChanges() {
        JsonNode d = api.createDraft(HOACHUNG, "CSTD_CS");
        long id = d.get("id").asLong();

        ResponseEntity<JsonNode> refused = api.post(HOACHUNG, "/api/dossiers/" + id + "/submit", null);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        JsonNode body = refused.getBody();
        assertThat(body.get("message").asText()).isEqualTo("Hồ sơ chưa đầy đủ, chưa trình được");
        assertThat(body.has("field")).isTrue();
        assertThat(body.get("field").isNull()).isTrue();
        assertThat(body.get("findings").findValuesAsText("ruleCode")).contains("REQUIRED_DOCUMENTS");
        assertThat(body.get("findings").get(0).get("severity").asText()).isEqualTo("ERROR");
        assertUnsubmitted(id, d.get("code").asText());
    }

    @Test
    void submittingStartsTheProcessAndLocksTheDossier() {
        JsonNode d = completeDraft(HOACHUNG);
        long id = d.get("id").asLong();
        String code = d.get("code").asText();

        ResponseEntity<JsonNode> submitted = api.post(HOACHUNG, "/api/dossiers/" + id + "/submit", null);

        assertThat(submitted.getStatusCode().value()).isEqualTo(200);
        JsonNode view = submitted.getBody();
        assertThat(view.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(view.get("statusLabel").asText()).isEqualTo("Đang xét duyệt");
        assertThat(view.get("submittedAt").asText()).isNotBlank();
        String processInstanceId = jdbc.sql("select process_instance_id from dossier where id = ?").param(id)
                .query(String.class).single();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .processInstanceBusinessKey(code).count()).isEqualTo(1);
        JsonNode step = view.get("currentSteps").get(0);
        assertThat(step.get("name").asText()).isEqualTo("Phòng Nội vụ thẩm định hồ sơ");
        assertThat(step.get("candidateGroups").get(0).get("groupId").asText()).isEqualTo("tpcb-thamdinh");
        String groupName = identityService.createGroupQuery().groupId("tpcb-thamdinh").singleResult().getName();
        assertThat(step.get("heldBy").asText()).isEqualTo(groupName);
        assertThat(step.get("due").asText()).isNotBlank();
        assertThat(step.get("overdue").asBoolean()).isFalse();

        JsonNode line = find(api.get("noivu.tpcb", "/api/dossiers?status=SUBMITTED").getBody(), id);
        assertThat(line.get("currentStep").asText()).isEqualTo("Phòng Nội vụ thẩm định hồ sơ");
        assertThat(line.get("heldBy").asText()).isEqualTo(groupName);
        assertThat(line.get("due").asText()).isNotBlank();
        assertThat(api.get("noivu.tk", "/api/dossiers/" + id).getStatusCode().value()).isEqualTo(404);

        int version = version(id);
        long documents = documents(id);
        String docUrl = view.get("documents").get(0).get("downloadUrl").asText();
        for (ResponseEntity<JsonNode> r : List.of(
                api.put(HOACHUNG, "/api/dossiers/" + id, dossier(null, "CSTD_CS", individual("Nguyễn Văn Mới"))),
                api.upload(HOACHUNG, id, "KHAC", "them.pdf", "application/pdf", Samples.pdf()),
                api.delete(HOACHUNG, docUrl),
                api.post(HOACHUNG, "/api/dossiers/" + id + "/submit", null))) {
            assertThat(r.getStatusCode().value()).isEqualTo(409);
            assertThat(r.getBody().get("message").asText()).isEqualTo("Hồ sơ đã trình, không sửa được");
        }
        assertThat(version(id)).isEqualTo(version);
        assertThat(documents(id)).isEqualTo(documents);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isEqualTo(1);
    }

    @Test
    void aReturnedDossierIsSupplementedAndResubmitted() {
        JsonNode d = completeDraft(HOACHUNG);
        long id = d.get("id").asLong();
        String code = d.get("code").asText();
        api.post(HOACHUNG, "/api/dossiers/" + id + "/submit", null);
        completeReview(code, "noivu.tpcb", Map.of(ProcessVariables.OUTCOME, "RETURN",
                ProcessVariables.COMMENT, "Thiếu biên bản họp Hội đồng"));

        JsonNode returned = api.get(HOACHUNG, "/api/dossiers/" + id).getBody();
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.get("returnComment").asText()).isEqualTo("Thiếu biên bản họp Hội đồng");
        assertThat(returned.get("currentSteps").get(0).get("name").asText()).isEqualTo("Bổ sung hồ sơ");
        assertThat(returned.get("currentSteps").get(0).get("candidateGroups").get(0).get("groupId").asText())
                .isEqualTo("thhoachung-thuky");

        ObjectNode otherAward = dossier(null, "GK", individual("Nguyễn Thị Hoa"));
        ResponseEntity<JsonNode> refused = api.put(HOACHUNG, "/api/dossiers/" + id, otherAward);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().get("field").asText()).isEqualTo("awardCode");
        ObjectNode kept = individual("Nguyễn Thị Hoa");
        kept.put("id", returned.get("nominees").get(0).get("id").asLong());
        ObjectNode edit = dossier(null, "CSTD_CS", kept);
        edit.put("summary", "Đã bổ sung");
        assertThat(api.put(HOACHUNG, "/api/dossiers/" + id, edit).getStatusCode().value()).isEqualTo(200);
        assertThat(api.upload(HOACHUNG, id, "BIEN_BAN_HOP", "Biên bản họp.pdf", "application/pdf", Samples.pdf())
                .getStatusCode().value()).isEqualTo(201);

        ResponseEntity<JsonNode> resubmitted = api.post(HOACHUNG, "/api/dossiers/" + id + "/submit",
                Map.of("response", "Đã bổ sung biên bản họp"));

        assertThat(resubmitted.getStatusCode().value()).isEqualTo(200);
        assertThat(resubmitted.getBody().get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(resubmitted.getBody().has("returnComment")).isFalse();
        assertThat(resubmitted.getBody().get("currentSteps").get(0).get("name").asText())
                .isEqualTo("Phòng Nội vụ thẩm định hồ sơ");
        String processInstanceId = jdbc.sql("select process_instance_id from dossier where id = ?").param(id)
                .query(String.class).single();
        assertThat(runtimeService.getVariable(processInstanceId, ProcessVariables.SUPPLEMENT_RESPONSE))
                .isEqualTo("Đã bổ sung biên bản họp");
    }

    @Test
    void aDraftIsWithdrawnDirectlyAndThenLocked() {
        JsonNode d = api.createDraft(HOACHUNG, "CSTD_CS");
        long id = d.get("id").asLong();

        ResponseEntity<JsonNode> withdrawn = api.post(HOACHUNG, "/api/dossiers/" + id + "/withdraw",
                Map.of("reason", "Lập nhầm hồ sơ"));

        assertThat(withdrawn.getStatusCode().value()).isEqualTo(200);
        assertThat(withdrawn.getBody().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.getBody().get("outcomeReason").asText()).isEqualTo("Lập nhầm hồ sơ");
        assertThat(withdrawn.getBody().get("closedAt").asText()).isNotBlank();
        ResponseEntity<JsonNode> again = api.post(HOACHUNG, "/api/dossiers/" + id + "/withdraw", null);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        ResponseEntity<JsonNode> edit = api.put(HOACHUNG, "/api/dossiers/" + id, dossier(null, "CSTD_CS"));
        assertThat(edit.getStatusCode().value()).isEqualTo(409);
        assertThat(edit.getBody().get("message").asText()).isEqualTo("Hồ sơ đã rút, không sửa được");
        assertThat(api.get("noivu.tpcb", "/api/dossiers/" + id).getStatusCode().value())
                .as("never sent up").isEqualTo(404);
    }

    @Test
    void aSubmittedDossierIsWithdrawnThroughTheProcess() {
        JsonNode d = completeDraft(HOACHUNG);
        long id = d.get("id").asLong();
        String code = d.get("code").asText();
        api.post(HOACHUNG, "/api/dossiers/" + id + "/submit", null);
        assertThat(api.post("noivu.tpcb", "/api/dossiers/" + id + "/withdraw", null).getStatusCode().value())
                .as("a reviewer cannot withdraw").isEqualTo(403);

        ResponseEntity<JsonNode> withdrawn = api.post(HOACHUNG, "/api/dossiers/" + id + "/withdraw",
                Map.of("reason", "Đơn vị rút để hoàn thiện"));

        assertThat(withdrawn.getStatusCode().value()).isEqualTo(200);
        assertThat(withdrawn.getBody().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.getBody().get("outcomeReason").asText()).isEqualTo("Đơn vị rút để hoàn thiện");
        assertThat(withdrawn.getBody().get("currentSteps")).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
        assertThat(api.get("noivu.tpcb", "/api/dossiers/" + id).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aDecidedDossierCannotBeWithdrawn() {
        long id = api.createDraft(HOACHUNG, "CSTD_CS").get("id").asLong();
        jdbc.sql("update dossier set status = 'DECIDED', submitted_at = current_timestamp where id = ?").param(id).update();

        ResponseEntity<JsonNode> refused = api.post(HOACHUNG, "/api/dossiers/" + id + "/withdraw", null);

        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getBody().get("message").asText()).contains("không rút được");
        assertThat(jdbc.sql("select status from dossier where id = ?").param(id).query(String.class).single())
                .isEqualTo("DECIDED");
    }

    @Test
    void whenTheProcessCannotStartNothingIsSubmitted() {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999));
        String district = "huyenloi" + suffix;
        String unit = "dvloi" + suffix;
        String secretary = "thuky.loi" + suffix;
        organisations.register(new Organisation(district, "Huyện thử lỗi " + suffix, OrgKind.DISTRICT, "caobang", null));
        organisations.register(new Organisation(unit, "Đơn vị thử lỗi " + suffix, OrgKind.UNIT, district, null));
        User user = identityService.newUser(secretary);
        user.setPassword(TestAccounts.PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(secretary, OrgRole.SECRETARY.groupIdAt(unit));
        // The route needs the district's reviewers: without them the process fails in its first step.
        jdbc.sql("delete from org_role_group where org_code = ? and role = 'REVIEWER'").param(district).update();
        JsonNode d = completeDraft(secretary);
        long id = d.get("id").asLong();

        ResponseEntity<JsonNode> failed = api.post(secretary, "/api/dossiers/" + id + "/submit", null);

        assertThat(failed.getStatusCode().value()).isEqualTo(500);
        assertThat(failed.getBody().get("message").asText()).startsWith("Lỗi hệ thống, thao tác chưa được thực hiện");
        assertUnsubmitted(id, d.get("code").asText());
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(d.get("code").asText())
                .count()).isZero();
    }

    private void assertUnsubmitted(long id, String code) {
        Map<String, Object> row = jdbc.sql("select status, submitted_at, process_instance_id, version from dossier where id = ?")
                .param(id).query().singleRow();
        assertThat(row.get("status")).isEqualTo("DRAFT");
        assertThat(row.get("submitted_at")).isNull();
        assertThat(row.get("process_instance_id")).isNull();
        assertThat(((Number) row.get("version")).intValue()).isZero();
        assertThat(jdbc.sql("select count(*) from finding where dossier_id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
    }

    /** A draft with a nominee and every attachment CSTĐ cơ sở requires: complete enough to submit. */
    private JsonNode completeDraft(String user) {
        JsonNode d = api.createDraft(user, "CSTD_CS");
        long id = d.get("id").asLong();
        for (String kind : List.of("TO_TRINH", "DANH_SACH", "BAO_CAO_THANH_TICH", "BIEN_BAN_HOP", "SANG_KIEN")) {
            ResponseEntity<JsonNode> upload = api.upload(user, id, kind, kind + ".pdf", "application/pdf", Samples.pdf());
            assertThat(upload.getStatusCode().value()).isEqualTo(201);
        }
        return api.get(user, "/api/dossiers/" + id).getBody();
    }

    private void completeReview(String code, String reviewer, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(code).singleResult();
        taskService.setAssignee(task.getId(), reviewer);
        taskService.complete(task.getId(), variables);
    }

    private int version(long id) {
        return jdbc.sql("select version from dossier where id = ?").param(id).query(Integer.class).single();
    }

    private long documents(long id) {
        return jdbc.sql("select count(*) from dossier_document where dossier_id = ?").param(id).query(Long.class).single();
    }

    private static JsonNode find(JsonNode list, long id) {
        for (JsonNode line : list) {
            if (line.get("id").asLong() == id) {
                return line;
            }
        }
        return null;
    }
}
