package vn.khenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;

import static vn.khenthuong.testsupport.DossierApiClient.nominee;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.testsupport.ApprovedDossiers;
import vn.khenthuong.testsupport.Browser;
import vn.khenthuong.testsupport.DossierApiClient;
import vn.khenthuong.testsupport.EngineRestClient;
import vn.khenthuong.testsupport.TestAccounts;

/**
 * From submitted dossiers to a signed decision, on PostgreSQL with the demo accounts: the district's
 * Phòng Nội vụ bundles approved nominees of two dossiers into one draft, the chairman returns it once,
 * then signs it in Tasklist's place (/engine-rest); number, signed PDF, registry, dossiers and the
 * verification all follow, and nominees left out keep waiting for the next decision.
 */
@PostgresIntegrationTest
class DecisionFlowIT {

    private static final String HOACHUNG = "thuky.hoachung";
    private static final String STAFF = "noivu.tpcb";
    private static final String CHAIRMAN = "chutich.tpcb";
    private static final String ACHIEVEMENT = "đã có thành tích xuất sắc trong phong trào thi đua \"Dạy tốt, học tốt\" "
            + "năm học 2025 - 2026";
    private static final String PRINTED_ACHIEVEMENT = "đã có thành tích xuất sắc trong phong trào thi đua “Dạy tốt, học tốt” "
            + "năm học 2025 - 2026";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @LocalServerPort
    int port;

    private DossierApiClient api;
    private EngineRestClient engine;

    @BeforeEach
    void clients() {
        api = new DossierApiClient(rest);
        engine = new EngineRestClient(rest);
    }

    @Test
    void approvedNomineesOfTwoDossiersAreDecidedInOneSignedDecision() throws Exception {
        JsonNode first = approvedAtDistrict("Hoàng Văn Định", "Nông Thị Duyên");
        JsonNode second = approvedAtDistrict("Lý Văn Đạt", "Đàm Thị Dung");
        long dinh = nomineeId(first, "Hoàng Văn Định");
        long duyen = nomineeId(first, "Nông Thị Duyên");
        long dat = nomineeId(second, "Lý Văn Đạt");
        long dung = nomineeId(second, "Đàm Thị Dung");

        JsonNode waiting = api.get(STAFF, "/api/decisions/waiting?award=LDTT").getBody();
        assertThat(waiting.findValues("nomineeId").stream().map(JsonNode::asLong)).contains(dinh, duyen, dat, dung);

        ResponseEntity<JsonNode> opened = api.post(STAFF, "/api/decisions", Map.of("awardCode", "LDTT",
                "nomineeIds", List.of(dinh, duyen, dat), "achievement", ACHIEVEMENT.replace(" 2025 - 2026", ""),
                "proposalRef", "Tờ trình số 12/TTr-PNV ngày 20 tháng 11 năm 2026"));
        assertThat(opened.getStatusCode().value()).as(String.valueOf(opened.getBody())).isEqualTo(201);
        long id = opened.getBody().get("id").asLong();
        String key = "QD-" + id;
        assertThat(opened.getBody().get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(opened.getBody().get("dossiers")).hasSize(2);

        String draftText = text(api.download(CHAIRMAN, "/api/decisions/" + id + "/draft.pdf").getBody());
        assertThat(draftText).contains("Tặng danh hiệu “Lao động tiên tiến” cho 3 cá nhân (có danh sách kèm theo)",
                "Theo đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 12/TTr-PNV");
        assertThat(engine.tasks("noivu.tk", key)).as("another district sees nothing").isEmpty();

        engine.work(CHAIRMAN, key, "reviewDraft", Map.of("decisionOutcome", "RETURN",
                "decisionComment", "Ghi rõ năm học"));
        JsonNode returned = api.get(STAFF, "/api/decisions/" + id).getBody();
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.get("returnComment").asText()).isEqualTo("Ghi rõ năm học");
        engine.work(STAFF, key, "reviseDraft", Map.of("revisionOutcome", "RESUBMIT", "achievement", ACHIEVEMENT));
        engine.work(CHAIRMAN, key, "reviewDraft", Map.of("decisionOutcome", "SIGN"));

        JsonNode signed = api.get(HOACHUNG, "/api/decisions/" + id).getBody();
        assertThat(signed.get("status").asText()).isEqualTo("SIGNED");
        String number = signed.get("decisionNumber").asText();
        assertThat(number).as("numbers below 10 take a leading zero").matches("(0[1-9]|[1-9]\\d+)/QĐ-UBND");
        assertThat(signed.get("signer").asText()).isEqualTo("Lục Văn Cường");
        assertThat(signed.get("achievement").asText()).isEqualTo(ACHIEVEMENT);
        assertThat(signed.get("recipients").findValues("bonus").stream().map(JsonNode::asLong))
                .as("0,3 × 2.340.000 = 702.000, rounded up to 10.000").containsExactly(710_000L, 710_000L, 710_000L);
        assertThat(signed.get("totalBonus").asLong()).isEqualTo(2_130_000L);

        byte[] pdf = api.download(HOACHUNG, "/api/decisions/" + id + "/pdf").getBody();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)))
                .isEqualTo(signed.get("sha256").asText());
        assertThat(text(pdf)).contains("Số: " + number, PRINTED_ACHIEVEMENT, "CHỦ TỊCH", "Lục Văn Cường", "2.130.000 đồng");
        JsonNode verified = verify(HOACHUNG, pdf);
        assertThat(verified.get("valid").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.get("registeredDecision").get("decisionNumber").asText()).isEqualTo(number);

        JsonNode firstNow = api.get(HOACHUNG, "/api/dossiers/" + first.get("id").asLong()).getBody();
        assertThat(firstNow.get("status").asText()).isEqualTo("DECIDED");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(first.get("code").asText()).count())
                .as("the first dossier's process ended").isZero();
        JsonNode secondNow = api.get(HOACHUNG, "/api/dossiers/" + second.get("id").asLong()).getBody();
        assertThat(secondNow.get("status").asText()).as("Dung still waits").isEqualTo("APPROVED");
        assertThat(nominee(secondNow, "Lý Văn Đạt").get("status").asText()).isEqualTo("DECIDED");
        assertThat(nominee(secondNow, "Đàm Thị Dung").get("status").asText()).isEqualTo("APPROVED");

        JsonNode registry = api.get("bantdkt", "/api/registry?cccd=" + nominee(firstNow, "Hoàng Văn Định").get("cccd").asText()).getBody();
        assertThat(registry.findValuesAsText("source")).containsExactly("DECISION");
        assertThat(registry.findValuesAsText("decisionNumber")).containsExactly(number);

        // the next decision of the same body takes the next number, and closes the second dossier
        long next = signedDecision(List.of(dung));
        JsonNode nextDecision = api.get(STAFF, "/api/decisions/" + next).getBody();
        assertThat(nextDecision.get("decisionNumber").asText())
                .isEqualTo(String.format("%02d/QĐ-UBND", Integer.parseInt(number.split("/")[0]) + 1));
        assertThat(api.get(HOACHUNG, "/api/dossiers/" + second.get("id").asLong()).getBody().get("status").asText())
                .isEqualTo("DECIDED");
        assertThat(api.get(STAFF, "/api/decisions?year=" + java.time.LocalDate.now().getYear() + "&body=tpcb").getBody()
                .findValues("id").stream().map(JsonNode::asLong)).contains(id, next);
    }

    @Test
    void aViceChairmanSignsAProvincialBangKhenOnTheChairmansBehalf() throws Exception {
        String name = "Đàm Thị Hường " + java.util.concurrent.ThreadLocalRandom.current().nextInt(100, 1000);
        JsonNode created = api.created("thuky.kbnn", DossierApiClient.dossier(null, "BK_T", DossierApiClient.excellentWithTwoInitiatives(name)));
        long dossierId = created.get("id").asLong();
        String code = created.get("code").asText();
        api.attachMissingDocuments("thuky.kbnn", dossierId);
        api.submit("thuky.kbnn", dossierId, null);
        engine.approve("bantdkt", code, "provinceAppraisal");
        engine.vote("hoidong.tinh", code, "provinceCouncil", 15, 14, Map.of(name, 13));
        engine.approve("chutich.tinh", code, "provinceChairman");
        long nominee = nomineeId(api.get("thuky.kbnn", "/api/dossiers/" + dossierId).getBody(), name);

        ResponseEntity<JsonNode> opened = api.post("bantdkt", "/api/decisions", Map.of("awardCode", "BK_T",
                "nomineeIds", List.of(nominee), "achievement", "đã có thành tích xuất sắc trong công tác kiểm soát chi "
                        + "ngân sách nhà nước năm 2026", "proposalRef", "Tờ trình số 88/TTr-SNV"));
        assertThat(opened.getStatusCode().value()).as(String.valueOf(opened.getBody())).isEqualTo(201);
        long id = opened.getBody().get("id").asLong();
        assertThat(engine.tasks("chutich.tpcb", "QD-" + id)).as("a district chairman does not sign for the province").isEmpty();
        engine.work("phochutich.tinh", "QD-" + id, "reviewDraft", Map.of("decisionOutcome", "SIGN"));

        JsonNode signed = api.get("thuky.kbnn", "/api/decisions/" + id).getBody();
        assertThat(signed.get("signerCapacity").asText()).isEqualTo("VICE_CHAIRMAN");
        assertThat(signed.get("totalBonus").asLong()).as("1,5 × 2.340.000 (Nghị định 152/2025)").isEqualTo(3_510_000L);
        String text = text(api.download("thuky.kbnn", "/api/decisions/" + id + "/pdf").getBody());
        assertThat(text).contains("ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", "Số: " + signed.get("decisionNumber").asText(),
                "Căn cứ Nghị định số 152/2025/NĐ-CP", "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 88/TTr-SNV",
                "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho " + name, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                "Nông Văn Bảo");
        assertThat(api.get("thuky.kbnn", "/api/dossiers/" + dossierId).getBody().get("status").asText()).isEqualTo("DECIDED");
    }

    @Test
    void aDecisionIsReadOnlyByThoseItConcerns() {
        JsonNode dossier = approvedAtDistrict("Triệu Văn Kiên");
        long id = signedDecision(List.of(nomineeId(dossier, "Triệu Văn Kiên")));
        String path = "/api/decisions/" + id;

        for (String reader : List.of(HOACHUNG, STAFF, CHAIRMAN, "hoidong.tpcb", "kiemtra", "admin")) {
            assertThat(api.get(reader, path).getStatusCode().value()).as(reader).isEqualTo(200);
        }
        for (String stranger : List.of("thuky.thpttk", "noivu.tk", "chutich.tk", "bantdkt")) {
            assertThat(api.get(stranger, path).getStatusCode().value()).as(stranger).isEqualTo(404);
            assertThat(api.download(stranger, path + "/pdf").getStatusCode().value()).as(stranger).isEqualTo(404);
        }
        assertThat(api.post("kiemtra", "/api/decisions", Map.of("awardCode", "LDTT", "nomineeIds", List.of(1),
                "achievement", "x")).getStatusCode().value()).isEqualTo(403);
        ResponseEntity<JsonNode> notWaiting = api.post(STAFF, "/api/decisions", Map.of("awardCode", "LDTT",
                "nomineeIds", List.of(nomineeId(dossier, "Triệu Văn Kiên")), "achievement", ACHIEVEMENT));
        assertThat(notWaiting.getStatusCode().value()).isEqualTo(400);
        assertThat(notWaiting.getBody().get("message").asText()).contains("không chờ quyết định");
    }

    @Test
    void theChairmanOpensTheDraftFromTasklistAndSignsIt() {
        JsonNode dossier = approvedAtDistrict("Lưu Thị Ngân");
        ResponseEntity<JsonNode> opened = api.post(STAFF, "/api/decisions", Map.of("awardCode", "LDTT",
                "nomineeIds", List.of(nomineeId(dossier, "Lưu Thị Ngân")), "achievement", ACHIEVEMENT));
        long id = opened.getBody().get("id").asLong();
        String taskId = engine.task(CHAIRMAN, "QD-" + id, "reviewDraft").get("id").asText();

        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.signInToTasklist(CHAIRMAN, TestAccounts.PASSWORD);
            // the list shows no decision numbers: open the task by its address, as a notification link would
            browser.open("/camunda/app/tasklist/default/#/?task=" + taskId);
            browser.waitUntil(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(text(), 'Nhận việc')]"))).click();
            WebElement draftLink = browser.waitUntil(d -> d.findElement(By.partialLinkText("Xem dự thảo quyết định")));
            assertThat(draftLink.getAttribute("href")).endsWith("/api/decisions/" + id + "/draft.pdf");
            assertThat(browser.text(By.cssSelector(".fjs-form"))).contains("Lưu Thị Ngân",
                    "Cơ quan ban hành: Chủ tịch UBND Thành phố Cao Bằng");
            assertThat(browser.pageText()).doesNotContain("Camunda 8", "Bắt đầu quy trình", "Tạo việc")
                    .contains("Dự thảo quyết định · Lao động tiên tiến · 1 cá nhân", "Thành phố Cao Bằng");
            assertThat(browser.driver().findElements(By.cssSelector(".tasks-list .priority")))
                    .as("the engine's priority number says nothing to a reviewer").isNotEmpty()
                    .noneMatch(WebElement::isDisplayed);

            // completing without a choice: the form's own check speaks Vietnamese, next to the field
            browser.centred(browser.find(By.xpath("//button[contains(., 'Hoàn thành')]"))).click();
            browser.waitUntil(d -> d.findElement(By.cssSelector(".fjs-form")).getText().contains("Vui lòng nhập trường này."));
            assertThat(browser.text(By.cssSelector(".fjs-form"))).doesNotContain("Field is required");
            browser.screenshot("chu-tich-chua-chon-y-kien-tasklist");
            // whatever Tasklist said about it closes by itself
            browser.waitUntil(d -> d.findElements(By.cssSelector(".page-notifications .alert")).isEmpty());

            WebElement sign = browser.centred(browser.waitUntil(ExpectedConditions.elementToBeClickable(
                    By.xpath("//label[contains(., 'Ký ban hành quyết định')]/input"))));
            sign.click();
            // the draft opens beside Tasklist, which keeps the form and the choice made in it
            String tasklist = browser.driver().getWindowHandle();
            browser.centred(draftLink).click();
            browser.waitUntil(d -> d.getWindowHandles().size() == 2);
            assertThat(browser.driver().getWindowHandle()).isEqualTo(tasklist);
            assertThat(browser.driver().getCurrentUrl()).contains("/camunda/app/tasklist/");
            assertThat(sign.isSelected()).isTrue();
            // signing asks once more, naming what is signed
            assertThat(browser.text(By.cssSelector(".fjs-form")))
                    .contains("Ký ban hành quyết định tặng Lao động tiên tiến cho 1 cá nhân?");
            browser.centred(browser.find(By.xpath("//label[contains(., 'xác nhận ký ban hành')]/input"))).click();
            browser.screenshot("chu-tich-ky-quyet-dinh-tasklist");
            browser.centred(browser.find(By.xpath("//button[contains(., 'Hoàn thành')]"))).click();
            browser.waitUntil(d -> api.get(STAFF, "/api/decisions/" + id).getBody().get("status").asText().equals("SIGNED"));
            // where the form was: the number the decision got, and the way to it
            String number = api.get(STAFF, "/api/decisions/" + id).getBody().get("decisionNumber").asText();
            WebElement signedNotice = browser.waitUntil(d -> d.findElement(By.cssSelector(".khenthuong-signed")));
            assertThat(signedNotice.getText()).contains("Đã ký ban hành Quyết định số " + number + ".");
            assertThat(signedNotice.findElement(By.linkText("Xem quyết định")).getAttribute("href")).endsWith("/quyet-dinh/" + id);
            browser.screenshot("chu-tich-da-ky-quyet-dinh");
        }
        JsonNode signed = api.get(HOACHUNG, "/api/decisions/" + id).getBody();
        assertThat(signed.get("signer").asText()).isEqualTo("Lục Văn Cường");
        assertThat(signed.get("decisionNumber").asText()).matches("\\d+/QĐ-UBND");
    }

    private long signedDecision(List<Long> nomineeIds) {
        ResponseEntity<JsonNode> opened = api.post(STAFF, "/api/decisions", Map.of("awardCode", "LDTT",
                "nomineeIds", nomineeIds, "achievement", ACHIEVEMENT));
        assertThat(opened.getStatusCode().value()).as(String.valueOf(opened.getBody())).isEqualTo(201);
        long id = opened.getBody().get("id").asLong();
        engine.work(CHAIRMAN, "QD-" + id, "reviewDraft", Map.of("decisionOutcome", "SIGN"));
        return id;
    }

    private JsonNode approvedAtDistrict(String... names) {
        return ApprovedDossiers.atDistrict(api, engine, names);
    }

    private static long nomineeId(JsonNode dossier, String name) {
        return ApprovedDossiers.nomineeId(dossier, name);
    }

    private JsonNode verify(String user, byte[] pdf) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(pdf) {
            @Override
            public String getFilename() {
                return "quyet-dinh.pdf";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, TestAccounts.PASSWORD)
                .postForEntity("/api/signatures/verify", new HttpEntity<>(form, headers), JsonNode.class).getBody();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}

