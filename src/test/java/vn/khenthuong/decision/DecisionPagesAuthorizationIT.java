package vn.khenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import com.fasterxml.jackson.databind.JsonNode;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.testsupport.ApprovedDossiers;
import vn.khenthuong.testsupport.DossierApiClient;
import vn.khenthuong.testsupport.EngineRestClient;
import vn.khenthuong.testsupport.PageSession;

/**
 * The decision pages apply the API's rules: the auditor reads but changes nothing, another district
 * neither sees a draft nor drafts for the nominees of this one, and only the issuing body's staff
 * revise a returned draft, which Tasklist then resubmits as revised.
 */
@PostgresIntegrationTest
class DecisionPagesAuthorizationIT {

    private static final String FORBIDDEN_PAGE = "Bạn không có quyền xem trang này hoặc thực hiện thao tác này.";
    private static final String STAFF = ApprovedDossiers.STAFF;
    private static final String ACHIEVEMENT = "đã có thành tích xuất sắc trong phong trào thi đua năm học 2025 - 2026";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;

    private DossierApiClient api;
    private EngineRestClient engine;
    private String drafted;
    private String waiting;
    private long draftedId;
    private long waitingId;
    private long decision;

    /** A draft of tpcb with one person of a new dossier; the dossier's second person waits for another decision. */
    @BeforeEach
    void aDraftOfThanhPhoCaoBang() {
        api = new DossierApiClient(rest);
        engine = new EngineRestClient(rest);
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100, 1000));
        drafted = "Hoàng Thị Xuân " + suffix;
        waiting = "Vi Văn Thắng " + suffix;
        JsonNode dossier = ApprovedDossiers.atDistrict(api, engine, drafted, waiting);
        draftedId = ApprovedDossiers.nomineeId(dossier, drafted);
        waitingId = ApprovedDossiers.nomineeId(dossier, waiting);
        var opened = api.post(STAFF, "/api/decisions", Map.of("awardCode", "LDTT", "nomineeIds", List.of(draftedId),
                "achievement", ACHIEVEMENT));
        assertThat(opened.getStatusCode().value()).as(String.valueOf(opened.getBody())).isEqualTo(201);
        decision = opened.getBody().get("id").asLong();
    }

    @Test
    void theAuditorReadsButEveryPostIsRefused() {
        PageSession auditor = PageSession.signIn(port, "kiemtra");

        assertThat(auditor.get("/quyet-dinh").body()).contains("href=\"/quyet-dinh/" + decision + "\"")
                .doesNotContain("Lập dự thảo quyết định");
        HttpResponse<String> detail = auditor.get("/quyet-dinh/" + decision);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains(drafted, "Dự thảo — chờ Chủ tịch ký").doesNotContain("Sửa dự thảo theo ý kiến");
        assertThat(auditor.get("/quyet-dinh/" + decision + "/du-thao.pdf").statusCode()).isEqualTo(200);

        for (HttpResponse<String> refused : List.of(
                auditor.post("/quyet-dinh", draftForm("", waitingId, ACHIEVEMENT)),
                auditor.post("/quyet-dinh", draftForm("tpcb", waitingId, ACHIEVEMENT)),
                auditor.post("/quyet-dinh", List.of()),
                auditor.post("/quyet-dinh", List.of(Map.entry("nomineeIds", "khong-phai-so"), Map.entry("award", "?"))),
                auditor.post("/quyet-dinh/" + decision + "/sua", draftForm("", waitingId, ACHIEVEMENT)),
                auditor.post("/quyet-dinh/" + decision + "/sua", List.of()))) {
            assertThat(refused.statusCode()).as(refused.uri().toString()).isEqualTo(403);
            assertThat(refused.body()).contains(FORBIDDEN_PAGE);
        }
        assertThat(auditor.post("/quyet-dinh/khong-phai-so/sua", List.of(Map.entry("nomineeIds", "x"))).statusCode())
                .as("no decision has that id").isEqualTo(404);
        assertThat(auditor.get("/quyet-dinh/moi?award=LDTT").statusCode()).isEqualTo(403);
        assertStillWaiting();
    }

    @Test
    void anotherDistrictNeitherSeesTheDraftNorDraftsForTheseNominees() {
        PageSession trungKhanh = PageSession.signIn(port, "noivu.tk");

        assertThat(trungKhanh.get("/quyet-dinh").body()).doesNotContain("href=\"/quyet-dinh/" + decision + "\"");
        assertThat(trungKhanh.get("/quyet-dinh/" + decision).statusCode()).isEqualTo(404);
        assertThat(trungKhanh.get("/quyet-dinh/" + decision + "/du-thao.pdf").statusCode()).isEqualTo(404);
        assertThat(trungKhanh.get("/quyet-dinh/moi?award=LDTT&body=tpcb").statusCode()).isEqualTo(403);
        HttpResponse<String> own = trungKhanh.get("/quyet-dinh/moi?award=LDTT");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("UBND Huyện Trùng Khánh").doesNotContain(waiting);

        HttpResponse<String> refused = trungKhanh.post("/quyet-dinh", draftForm("", waitingId, ACHIEVEMENT));
        assertThat(refused.statusCode()).as("the form comes back with the reason").isEqualTo(200);
        assertThat(refused.body()).contains("id=\"form-errors\"", "không chờ quyết định");
        assertThat(trungKhanh.post("/quyet-dinh", draftForm("tpcb", waitingId, ACHIEVEMENT)).statusCode()).isEqualTo(403);
        assertThat(trungKhanh.post("/quyet-dinh/" + decision + "/sua", draftForm("", waitingId, ACHIEVEMENT))
                .statusCode()).isEqualTo(404);
        assertThat(PageSession.signIn(port, "thuky.thpttk").get("/quyet-dinh/" + decision).statusCode()).isEqualTo(404);
        assertStillWaiting();
    }

    @Test
    void theStaffReviseAReturnedDraftAndTasklistResubmitsItAsRevised() {
        String key = "QD-" + decision;
        engine.work(ApprovedDossiers.CHAIRMAN, key, "reviewDraft", Map.of("decisionOutcome", "RETURN",
                "decisionComment", "Bổ sung " + waiting));
        PageSession staff = PageSession.signIn(port, STAFF);
        String page = staff.get("/quyet-dinh/" + decision).body();
        assertThat(page).contains("Bị trả lại", "Bổ sung " + waiting, "Sửa dự thảo theo ý kiến Chủ tịch",
                "id=\"n-" + waitingId + "\"", "/camunda/app/tasklist/default/#/?task=");
        assertThat(PageSession.signIn(port, "hoidong.tpcb").post("/quyet-dinh/" + decision + "/sua",
                draftForm("", waitingId, ACHIEVEMENT)).statusCode()).as("the council reads, the staff revise").isEqualTo(403);

        HttpResponse<String> blank = staff.post("/quyet-dinh/" + decision + "/sua", List.of(
                Map.entry("nomineeIds", Long.toString(draftedId)), Map.entry("nomineeIds", Long.toString(waitingId)),
                Map.entry("achievement", " "), Map.entry("proposalRef", "Tờ trình số 30/TTr-PNV")));
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(blank.body())).contains("Ghi thành tích được khen thưởng (nội dung Điều 1)", "Tờ trình số 30/TTr-PNV");
        assertThat(recipients()).containsExactly(draftedId);

        String revised = ACHIEVEMENT + " và phong trào “Xây dựng trường học thân thiện”";
        HttpResponse<String> saved = staff.post("/quyet-dinh/" + decision + "/sua", List.of(
                Map.entry("nomineeIds", Long.toString(draftedId)), Map.entry("nomineeIds", Long.toString(waitingId)),
                Map.entry("achievement", revised), Map.entry("proposalRef", "Tờ trình số 30/TTr-PNV")));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/quyet-dinh/" + decision);
        assertThat(staff.get("/quyet-dinh/" + decision).body()).contains("Đã lưu dự thảo đã sửa", waiting);
        assertThat(recipients()).containsExactly(draftedId, waitingId);

        // Tasklist's form shows the revised wording, and "Trình lại" sends back what it shows
        String taskId = engine.task(STAFF, key, "reviseDraft").get("id").asText();
        String shown = engine.get(STAFF, "/task/" + taskId + "/variables/achievement").getBody().get("value").asText();
        assertThat(shown).isEqualTo(revised);
        // the form's Markdown shows what people wrote with its punctuation escaped
        assertThat(engine.get(STAFF, "/task/" + taskId + "/variables/decisionSummary").getBody().get("value").asText()
                .replaceAll("\\\\(\\p{Punct})", "$1")).contains(waiting, "Tờ trình số 30/TTr-PNV");
        engine.work(STAFF, key, "reviseDraft", Map.of("revisionOutcome", "RESUBMIT", "achievement", shown));
        JsonNode resubmitted = api.get(STAFF, "/api/decisions/" + decision).getBody();
        assertThat(resubmitted.get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(resubmitted.get("achievement").asText()).isEqualTo(revised);
        assertThat(resubmitted.get("proposalRef").asText()).isEqualTo("Tờ trình số 30/TTr-PNV");

        HttpResponse<String> notReturned = staff.post("/quyet-dinh/" + decision + "/sua",
                draftForm("", draftedId, ACHIEVEMENT));
        assertThat(notReturned.statusCode()).isEqualTo(302);
        assertThat(staff.get("/quyet-dinh/" + decision).body()).contains("Chỉ sửa được dự thảo đã bị Chủ tịch trả lại");
        assertThat(recipients()).containsExactly(draftedId, waitingId);
    }

    private static List<Map.Entry<String, String>> draftForm(String body, long nomineeId, String achievement) {
        return List.of(Map.entry("body", body), Map.entry("award", "LDTT"),
                Map.entry("nomineeIds", Long.toString(nomineeId)), Map.entry("achievement", achievement));
    }

    private List<Long> recipients() {
        return jdbc.sql("select nominee_id from decision_recipient where decision_id = ? order by position_no")
                .param(decision).query(Long.class).list();
    }

    /** Nothing was drafted: the second person still waits, in no decision. */
    private void assertStillWaiting() {
        assertThat(jdbc.sql("select count(*) from decision_recipient where nominee_id = ?").param(waitingId)
                .query(Long.class).single()).isZero();
        assertThat(recipients()).containsExactly(draftedId);
    }
}
