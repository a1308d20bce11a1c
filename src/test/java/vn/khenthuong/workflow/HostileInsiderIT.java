package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.testsupport.DossierApiClient;
import vn.khenthuong.testsupport.EngineRestClient;
import vn.khenthuong.testsupport.TasklistSession;
import vn.khenthuong.testsupport.TestAccounts;

/**
 * The approval chain tried as a hostile insider would, with nothing but their own demo password, through
 * {@code /engine-rest} and through Tasklist's own API (session + CSRF header, {@code submit-form}): each
 * attempt is refused and leaves the dossier, its process, the registry and the audit log as they were.
 */
@PostgresIntegrationTest
class HostileInsiderIT {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;

    private DossierApiClient api;
    private EngineRestClient engine;

    @BeforeEach
    void clients() {
        api = new DossierApiClient(rest);
        engine = new EngineRestClient(rest);
    }

    /** 1. A unit secretary reroutes her returned dossier's review steps to her own group, then approves them. */
    @Test
    void aSecretaryCannotTakeTheReviewStepsOfHerOwnDossier() {
        Dossier d = submitted("thuky.dinhphong", "LDTT");
        engine.sendBack("noivu.tk", d.code, "districtCheck", "Bổ sung biên bản họp");
        Task supplement = openTask(d);
        Map<String, Object> forged = ordered("supplementResponse", "Đã bổ sung",
                "districtReviewerGroup", "xadinhphong-thuky", "districtCouncilGroup", "xadinhphong-thuky",
                "districtChairmanGroup", "xadinhphong-thuky");

        State before = state(d);
        refusedBoth("thuky.dinhphong", supplement.getId(), forged, 400, "districtChairmanGroup");
        assertThat(state(d)).isEqualTo(before);

        assertThat(engine.complete("thuky.dinhphong", supplement.getId(), Map.of("supplementResponse", "Đã bổ sung"))
                .getStatusCode().value()).isEqualTo(204);
        Task review = openTask(d);
        assertThat(review.getTaskDefinitionKey()).isEqualTo("districtCheck");
        assertThat(candidateGroups(review)).containsExactly("trungkhanh-thamdinh");
        State resubmitted = state(d);
        refusedBoth("thuky.dinhphong", review.getId(), Map.of("outcome", "APPROVE"), 403, null);
        assertThat(engine.claim("thuky.dinhphong", review.getId()).getStatusCode().value()).isIn(403, 404);
        assertThat(state(d)).isEqualTo(resubmitted);
    }

    /** 2. Phòng Nội vụ hands the council's and the chairman's steps to his own group, then decides them. */
    @Test
    void aReviewerCannotHandTheNextStepsToHimself() {
        Dossier d = submitted("thuky.hoachung", "LDTT");
        Task appraisal = openTask(d);
        claim("noivu.tpcb", appraisal);
        State before = state(d);

        refusedBoth("noivu.tpcb", appraisal.getId(), ordered("outcome", "APPROVE", "districtCouncilGroup", "tpcb-thamdinh",
                "districtChairmanGroup", "tpcb-thamdinh"), 400, "districtCouncilGroup");
        assertThat(state(d)).isEqualTo(before);

        engine.complete("noivu.tpcb", appraisal.getId(), Map.of("outcome", "APPROVE"));
        Task council = openTask(d);
        assertThat(candidateGroups(council)).containsExactly("tpcb-hoidong");
        State atCouncil = state(d);
        refusedBoth("noivu.tpcb", council.getId(), Map.of("outcome", "APPROVE"), 403, null);
        assertThat(state(d)).isEqualTo(atCouncil);
    }

    /** 3. A completion that names another district's dossier, which the reviewer cannot even read. */
    @Test
    void aCompletionCannotReachAnotherDossier() {
        Dossier mine = submitted("thuky.hoachung", "LDTT");
        Dossier theirs = submitted("thuky.thpttk", "LDTT");
        Task appraisal = openTask(mine);
        claim("noivu.tpcb", appraisal);
        State mineBefore = state(mine);
        State theirsBefore = state(theirs);

        refusedBoth("noivu.tpcb", appraisal.getId(), Map.of("outcome", "REJECT", "comment", "Không đạt",
                "dossierId", theirs.id), 400, "dossierId");

        assertThat(state(mine)).isEqualTo(mineBefore);
        assertThat(state(theirs)).isEqualTo(theirsBefore);
    }

    /** 4. A BPMN error or escalation thrown on a task would end the nomination without a trace. */
    @Test
    void onlyAdministratorsThrowBpmnErrorsOnTasks() {
        Dossier d = submitted("thuky.hoachung", "LDTT");
        Task appraisal = openTask(d);
        State before = state(d);
        TasklistSession tasklist = TasklistSession.signedIn(baseUrl(), "noivu.tpcb");

        assertThat(engine.post("noivu.tpcb", "/task/" + appraisal.getId() + "/bpmnError", Map.of("errorCode", "END"))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(engine.post("noivu.tpcb", "/task/" + appraisal.getId() + "/bpmnEscalation", Map.of("escalationCode", "UP"))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(tasklist.engine("POST", "/task/" + appraisal.getId() + "/bpmnError", Map.of("errorCode", "END"))
                .statusCode()).isEqualTo(403);
        assertThat(state(d)).isEqualTo(before);
    }

    /** 5. Ban TĐKT hands the appraisal to the submitting secretary, who then appraises her own dossier. */
    @Test
    void aTaskIsClaimedOnlyForOneself() {
        Dossier d = submitted("thuky.kbnn", "BK_T");
        Task appraisal = openTask(d);
        assertThat(appraisal.getTaskDefinitionKey()).isEqualTo("provinceAppraisal");
        State before = state(d);

        ResponseEntity<JsonNode> handed = engine.post("bantdkt", "/task/" + appraisal.getId() + "/claim",
                Map.of("userId", "thuky.kbnn"));
        assertThat(handed.getStatusCode().value()).isEqualTo(403);
        assertThat(handed.getBody().get("message").asText()).contains("cho chính mình");
        HttpResponse<String> viaTasklist = TasklistSession.signedIn(baseUrl(), "bantdkt")
                .engine("POST", "/task/" + appraisal.getId() + "/claim", Map.of("userId", "thuky.kbnn"));
        assertThat(viaTasklist.statusCode()).isEqualTo(403);
        refusedBoth("thuky.kbnn", appraisal.getId(), Map.of("outcome", "APPROVE"), 403, null);
        assertThat(state(d)).isEqualTo(before);
    }

    /** 6. A chairman renames himself, and the name would be printed under CHỦ TỊCH on a signed decision. */
    @Test
    void nobodyEditsTheirOwnNameOrAccount() {
        Map<String, Object> profile = Map.of("id", "chutich.tpcb", "firstName", "Giả", "lastName", "Mạo",
                "email", "gia.mao@example.com");
        assertThat(engine.send("chutich.tpcb", HttpMethod.PUT, "/user/chutich.tpcb/profile", profile)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(TasklistSession.signedIn(baseUrl(), "chutich.tpcb").engine("PUT", "/user/chutich.tpcb/profile", profile)
                .statusCode()).isEqualTo(403);
        assertThat(engine.send("chutich.tpcb", HttpMethod.DELETE, "/user/chutich.tpcb", null).getStatusCode().value())
                .isEqualTo(403);
        assertThat(engine.post("chutich.tpcb", "/group/tpcb-chutich/members/chutich.tpcb", null).getStatusCode().value())
                .isIn(403, 405);
        assertThat(identityService.createUserQuery().userId("chutich.tpcb").singleResult().getLastName())
                .isNotEqualTo("Mạo");
        assertThat(engine.send("chutich.tpcb", HttpMethod.PUT, "/user/chutich.tpcb/credentials",
                Map.of("password", TestAccounts.PASSWORD, "authenticatedUserPassword", TestAccounts.PASSWORD))
                .getStatusCode().value()).as("own password").isEqualTo(204);
    }

    /** A browser with cached Basic credentials, led by another site to post to /engine-rest. */
    @Test
    void aWriteToTheEngineFromAnotherSiteIsRefused() throws Exception {
        Dossier d = submitted("thuky.hoachung", "LDTT");
        Task appraisal = openTask(d);
        State before = state(d);
        java.net.http.HttpRequest forged = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(baseUrl() + "/engine-rest/task/" + appraisal.getId() + "/claim"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("noivu.tpcb:demo".getBytes()))
                .header("Content-Type", "application/json").header("Sec-Fetch-Site", "cross-site")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"userId\":\"noivu.tpcb\"}")).build();

        HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(forged, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(state(d)).isEqualTo(before);
    }

    @Test
    void theEnginesMetricsAreNotForReviewers() {
        assertThat(engine.get("noivu.tpcb", "/metrics/activity-instance-start/sum").getStatusCode().value()).isEqualTo(403);
        assertThat(engine.get("admin", "/metrics/activity-instance-start/sum").getStatusCode().value()).isEqualTo(200);
    }

    /** Every demo role, at a task it holds or only sees, completing with a routing variable or another dossier's id. */
    @ParameterizedTest(name = "{0} at {2}")
    @MethodSource("rolesAtTheirSteps")
    void noRoleCompletesAStepWithMoreThanItsForm(String user, String secretary, String step, String award) {
        Dossier d = submitted(secretary, award);
        driveTo(d, step);
        Task task = openTask(d);
        State before = state(d);
        TasklistSession tasklist = TasklistSession.signedIn(baseUrl(), user);

        for (Map.Entry<String, Object> extra : Map.<String, Object>of("decidingLevel", "DISTRICT", "passesDistrict", false,
                "districtChairmanGroup", secretary, "dossierId", 1L, "nominationRoute", "x").entrySet()) {
            Map<String, Object> forged = new HashMap<>(validFor(task));
            forged.put(extra.getKey(), extra.getValue());
            assertThat(engine.complete(user, task.getId(), forged).getStatusCode().value())
                    .as("%s REST with %s", user, extra.getKey()).isIn(400, 403, 404);
            assertThat(tasklist.submitForm(task.getId(), forged).statusCode())
                    .as("%s Tasklist with %s", user, extra.getKey()).isIn(400, 403, 404);
        }
        assertThat(state(d)).isEqualTo(before);
    }

    static Stream<Arguments> rolesAtTheirSteps() {
        return Stream.of(
                Arguments.of("thuky.hoachung", "thuky.hoachung", "supplementDistrictCheck", "LDTT"),
                Arguments.of("thuky.kbnn", "thuky.kbnn", "supplementProvinceAppraisal", "BK_T"),
                Arguments.of("thuky.thpttk", "thuky.hoachung", "districtCheck", "LDTT"),
                Arguments.of("noivu.tpcb", "thuky.hoachung", "districtCheck", "LDTT"),
                Arguments.of("hoidong.tpcb", "thuky.hoachung", "districtCouncil", "LDTT"),
                Arguments.of("chutich.tpcb", "thuky.hoachung", "districtChairman", "LDTT"),
                Arguments.of("noivu.tk", "thuky.hoachung", "districtCheck", "LDTT"),
                Arguments.of("hoidong.tk", "thuky.dinhphong", "districtCouncil", "LDTT"),
                Arguments.of("chutich.tk", "thuky.dinhphong", "districtChairman", "LDTT"),
                Arguments.of("bantdkt", "thuky.kbnn", "provinceAppraisal", "BK_T"),
                Arguments.of("hoidong.tinh", "thuky.kbnn", "provinceCouncil", "BK_T"),
                Arguments.of("chutich.tinh", "thuky.kbnn", "provinceChairman", "BK_T"),
                Arguments.of("phochutich.tinh", "thuky.kbnn", "provinceChairman", "BK_T"),
                Arguments.of("kiemtra", "thuky.kbnn", "provinceAppraisal", "BK_T"),
                Arguments.of("admin", "thuky.hoachung", "districtCheck", "LDTT"));
    }

    /** Refused through /engine-rest and through Tasklist's submit-form alike, with a Vietnamese message. */
    private void refusedBoth(String user, String taskId, Map<String, Object> variables, int status, String naming) {
        ResponseEntity<JsonNode> viaRest = engine.complete(user, taskId, variables);
        HttpResponse<String> viaTasklist = TasklistSession.signedIn(baseUrl(), user).submitForm(taskId, variables);
        assertThat(viaRest.getStatusCode().value()).as("REST: %s", viaRest.getBody()).isIn(status, 404);
        assertThat(viaTasklist.statusCode()).as("Tasklist: %s", viaTasklist.body()).isIn(status, 404);
        if (viaRest.getStatusCode().value() == status) {
            String message = viaRest.getBody().get("message").asText();
            assertThat(message).matches(".*[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ].*");
            assertThat(message).doesNotStartWith("Cannot").doesNotContain("The user with id");
            if (naming != null) {
                assertThat(message).contains("«" + naming + "»");
                assertThat(TasklistSession.message(viaTasklist)).contains("«" + naming + "»");
            }
        }
    }

    /** What must not change: the dossier row, its open tasks and process variables, its registry entries and audit events. */
    record State(String status, int version, List<String> tasks, Map<String, Object> variables, long registry, long audit) {
    }

    private State state(Dossier d) {
        Map<String, Object> row = jdbc.sql("select status, version from dossier where id = ?").param(d.id).query().singleRow();
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(d.code).singleResult();
        List<String> tasks = taskService.createTaskQuery().processInstanceBusinessKey(d.code).list().stream()
                .map(t -> t.getTaskDefinitionKey() + "/" + t.getAssignee() + "/" + candidateGroups(t)).toList();
        Map<String, Object> variables = instance == null ? Map.of() : new LinkedHashMap<>(runtimeService.getVariables(instance.getId()));
        return new State((String) row.get("status"), ((Number) row.get("version")).intValue(), tasks, variables,
                count("select count(*) from registry_entry where dossier_id = ?", d.id),
                count("select count(*) from audit_event where dossier_id = ?", d.id));
    }

    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    record Dossier(long id, String code) {
    }

    private Dossier submitted(String secretary, String award) {
        JsonNode created = api.created(secretary, DossierApiClient.dossier(null, award,
                award.equals("BK_T") ? DossierApiClient.excellentWithTwoInitiatives("Hoàng Văn Thử")
                        : DossierApiClient.individual("Hoàng Văn Thử")));
        long id = created.get("id").asLong();
        api.attachMissingDocuments(secretary, id);
        api.submit(secretary, id, null);
        return new Dossier(id, created.get("code").asText());
    }

    /** Drives the dossier with the rightful holders of each step until it waits at {@code step}. */
    private void driveTo(Dossier d, String step) {
        if (step.startsWith("supplement")) {
            String returning = Character.toLowerCase(step.charAt("supplement".length())) + step.substring("supplement".length() + 1);
            driveTo(d, returning);
            Task task = openTask(d);
            engine.complete(holder(task), task.getId(), Map.of("outcome", "RETURN", "comment", "Bổ sung"));
            return;
        }
        for (Task task = openTask(d); !task.getTaskDefinitionKey().equals(step); task = openTask(d)) {
            String holder = holder(task);
            ResponseEntity<JsonNode> done = engine.complete(holder, task.getId(), validFor(task));
            assertThat(done.getStatusCode().value()).as("%s at %s: %s", holder, task.getTaskDefinitionKey(), done.getBody())
                    .isEqualTo(204);
        }
    }

    private Map<String, Object> validFor(Task task) {
        if (task.getTaskDefinitionKey().startsWith("supplement")) {
            return Map.of("supplementResponse", "Đã bổ sung");
        }
        if (task.getTaskDefinitionKey().endsWith("Council")) {
            String sheet = (String) taskService.getVariable(task.getId(), "votesText");
            return Map.of("outcome", "APPROVE", "membersTotal", 9, "membersPresent", 9,
                    "votesText", String.join("\n", sheet.lines().map(line -> line + "9").toList()));
        }
        return Map.of("outcome", "APPROVE", "overrideReason", "Đã kiểm tra hồ sơ gốc");
    }

    /** The demo account that rightfully holds the task: a member of its candidate group. */
    private String holder(Task task) {
        String group = candidateGroups(task).get(0);
        return identityService.createUserQuery().memberOfGroup(group).list().get(0).getId();
    }

    private void claim(String user, Task task) {
        assertThat(engine.claim(user, task.getId()).getStatusCode().value()).isEqualTo(204);
    }

    private Task openTask(Dossier d) {
        return taskService.createTaskQuery().processInstanceBusinessKey(d.code).singleResult();
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> "candidate".equals(l.getType())).map(IdentityLink::getGroupId).toList();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
