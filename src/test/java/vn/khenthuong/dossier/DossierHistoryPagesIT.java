package vn.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import static vn.khenthuong.testsupport.DossierApiClient.dossier;
import static vn.khenthuong.testsupport.DossierApiClient.individual;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.testsupport.DossierApiClient;
import vn.khenthuong.testsupport.EngineRestClient;
import vn.khenthuong.testsupport.PageSession;
import vn.khenthuong.testsupport.TestAccounts;

/**
 * The dossier page, its history PDF and the auditor's search and export on PostgreSQL, with dossiers
 * made through the API and reviewed through /engine-rest as their people do it.
 */
@PostgresIntegrationTest
class DossierHistoryPagesIT {

    static final String HOACHUNG = "thuky.hoachung";
    static final String THPTTK = "thuky.thpttk";
    static final String AUDITOR = "kiemtra";
    static final String COMMENT = "Bổ sung biên bản họp Hội đồng thi đua của trường, ghi rõ số phiếu tán thành.";
    private static final String[] SYLLABLES = {"Ánh", "Bích", "Cúc", "Diệp", "Đào", "Giang", "Hằng", "Hương", "Khánh",
        "Liễu", "Loan", "Mỹ", "Ngọc", "Nhung", "Oanh", "Phượng", "Quyên", "Thắm", "Tuyết", "Yến"};

    private static final Pattern RESULT_LINK = Pattern.compile("href=\"/ho-so/(\\d+)\"");

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;

    private DossierApiClient api;
    private EngineRestClient engine;

    @BeforeEach
    void clients() {
        api = new DossierApiClient(rest);
        engine = new EngineRestClient(rest);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A Vietnamese name no other test uses: a family and middle name and three random given syllables. */
    static String uniqueName(String familyAndMiddle) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return familyAndMiddle + " " + SYLLABLES[random.nextInt(20)] + " " + SYLLABLES[random.nextInt(20)] + " "
                + SYLLABLES[random.nextInt(20)] + " " + SYLLABLES[random.nextInt(20)];
    }

    /** A dossier of Hòa Chung submitted and returned by the district's Phòng Nội vụ with {@link #COMMENT}. */
    static JsonNode returnedDossier(DossierApiClient api, EngineRestClient engine, String name, String cccd) {
        ObjectNode person = individual(name);
        person.put("cccd", cccd);
        JsonNode draft = api.created(HOACHUNG, dossier(null, "LDTT", person));
        long id = draft.get("id").asLong();
        api.attachMissingDocuments(HOACHUNG, id);
        api.submit(HOACHUNG, id, null);
        engine.sendBack("noivu.tpcb", draft.get("code").asText(), "districtCheck", COMMENT);
        return api.get(HOACHUNG, "/api/dossiers/" + id).getBody();
    }

    @Test
    void theAuditorFindsADossierByCccdNameStatusAndActorAndNoOther() {
        String name = uniqueName("Triệu Thị");
        String cccd = DossierApiClient.randomCccd();
        JsonNode returned = returnedDossier(api, engine, name, cccd);
        long id = returned.get("id").asLong();
        String code = returned.get("code").asText();
        String otherName = uniqueName("Triệu Thị");
        JsonNode other = api.created(THPTTK, dossier(null, "LDTT", individual(otherName)));
        long otherId = other.get("id").asLong();
        PageSession auditor = PageSession.signedIn(base(), AUDITOR, TestAccounts.PASSWORD);

        assertThat(found(auditor, "nguoi=" + cccd)).containsExactly(id);
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('Đ', 'D')
                .replace('đ', 'd').toLowerCase(Locale.ROOT);
        assertThat(found(auditor, "nguoi=" + encode(folded))).as(folded).containsExactly(id);
        assertThat(found(auditor, "nguoi=" + encode(otherName))).containsExactly(otherId);
        assertThat(found(auditor, "trangThai=RETURNED&nguoi=" + cccd)).containsExactly(id);
        assertThat(found(auditor, "trangThai=SUBMITTED&nguoi=" + cccd)).isEmpty();
        assertThat(found(auditor, "nguoiXuLy=noivu.tpcb&ma=" + code)).containsExactly(id);
        assertThat(found(auditor, "nguoiXuLy=noivu.tpcb&ma=" + other.get("code").asText())).isEmpty();
        assertThat(found(auditor, "nguoiXuLy=thuky.thpttk&nguoi=" + encode(otherName))).containsExactly(otherId);
        assertThat(found(auditor, "huyen=tpcb&nguoi=" + cccd)).containsExactly(id);
        assertThat(found(auditor, "huyen=trungkhanh&nguoi=" + cccd)).isEmpty();

        HttpResponse<String> page = auditor.get("/kiem-toan?nguoi=" + cccd);
        assertThat(page.body()).contains(name, "Trả lại để bổ sung", "Trường Tiểu học Hòa Chung", "Lao động tiên tiến",
                "<label for=\"nguoi\">Họ tên hoặc số CCCD</label>");
        assertThat(auditor.get("/kiem-toan?nam=hai").body()).contains("Năm phải là một số");
    }

    @Test
    void aDecidedDossierIsFoundByItsDecisionNumberAndItsHistoryTellsTheVotesAndTheDecision() {
        String kept = uniqueName("Lý Thị");
        String struck = uniqueName("Lý Văn");
        JsonNode created = api.created(HOACHUNG, dossier(null, "LDTT", individual(kept), individual(struck)));
        long id = created.get("id").asLong();
        String code = created.get("code").asText();
        api.attachMissingDocuments(HOACHUNG, id);
        api.submit(HOACHUNG, id, null);
        engine.approve("noivu.tpcb", code, "districtCheck");
        engine.vote("hoidong.tpcb", code, "districtCouncil", 9, 8, Map.of(kept, 7, struck, 3));
        engine.approve("chutich.tpcb", code, "districtChairman");
        long nomineeId = DossierApiClient.nominee(api.get(HOACHUNG, "/api/dossiers/" + id).getBody(), kept)
                .get("id").asLong();
        ResponseEntity<JsonNode> draft = api.post("noivu.tpcb", "/api/decisions", Map.of("awardCode", "LDTT",
                "nomineeIds", List.of(nomineeId), "achievement", "đã hoàn thành tốt nhiệm vụ năm học 2025 - 2026"));
        assertThat(draft.getStatusCode().value()).as(String.valueOf(draft.getBody())).isEqualTo(201);
        long decisionId = draft.getBody().get("id").asLong();
        engine.work("chutich.tpcb", "QD-" + decisionId, "reviewDraft", Map.of("decisionOutcome", "SIGN"));
        String number = api.get(HOACHUNG, "/api/decisions/" + decisionId).getBody().get("decisionNumber").asText();
        PageSession auditor = PageSession.signedIn(base(), AUDITOR, TestAccounts.PASSWORD);

        assertThat(found(auditor, "soQuyetDinh=" + encode(number))).containsExactly(id);
        assertThat(found(auditor, "soQuyetDinh=" + number.split("/")[0] + "&ma=" + code)).containsExactly(id);
        assertThat(found(auditor, "soQuyetDinh=" + encode(number) + "&trangThai=DECIDED")).containsExactly(id);
        assertThat(found(auditor, "soQuyetDinh=" + encode("999999/QĐ-UBND"))).isEmpty();
        assertThat(auditor.get("/kiem-toan?ma=" + code).body()).contains(number);

        String page = auditor.get("/ho-so/" + id).body();
        assertThat(page).contains("Đã có quyết định khen thưởng", "Ký quyết định khen thưởng",
                "Quyết định số " + number, "href=\"/quyet-dinh/" + decisionId + "/quyet-dinh.pdf\"",
                "Được khen thưởng: " + kept, kept + ": 7/9 tán thành — đạt", struck + ": 3/9 tán thành — không đạt",
                "Có mặt 8/9 thành viên", "Người, tập thể bị loại: " + struck, "Ghi sổ theo dõi khen thưởng");
    }

    @Test
    void theCsvExportStartsWithTheBomAndCarriesTheVietnameseName() {
        String name = uniqueName("Đàm Thị");
        String cccd = DossierApiClient.randomCccd();
        JsonNode returned = returnedDossier(api, engine, name, cccd);
        PageSession auditor = PageSession.signedIn(base(), AUDITOR, TestAccounts.PASSWORD);

        HttpResponse<byte[]> csv = auditor.bytes("/kiem-toan/xuat.csv?nguoi=" + cccd);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
                .contains(".csv");
        assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv.body(), StandardCharsets.UTF_8).substring(1);
        assertThat(text.split("\r\n")).hasSize(2);
        assertThat(text).startsWith("Mã hồ sơ;Đơn vị;Danh hiệu;Năm;")
                .contains(returned.get("code").asText() + ";Trường Tiểu học Hòa Chung;Lao động tiên tiến;2025;" + name
                        + ";Trả lại để bổ sung;");
    }

    @Test
    void theHistoryPdfHasTheFactsAndEveryEventAsText() throws Exception {
        String name = uniqueName("Bế Thị");
        JsonNode returned = returnedDossier(api, engine, name, DossierApiClient.randomCccd());
        long id = returned.get("id").asLong();

        HttpResponse<byte[]> pdf = PageSession.signedIn(base(), AUDITOR, TestAccounts.PASSWORD)
                .bytes("/ho-so/" + id + "/lich-su.pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("LỊCH SỬ XỬ LÝ HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG", returned.get("code").asText(),
                "Đơn vị đề nghị: Trường Tiểu học Hòa Chung", "Danh hiệu đề nghị: Lao động tiên tiến", name,
                "Lập hồ sơ", "Đính kèm tài liệu", "Trình hồ sơ", "Chuyển đến bước: Phòng Nội vụ thẩm định hồ sơ",
                "Phòng Nội vụ Thành phố Cao Bằng thẩm định: trả lại để bổ sung", "Ý kiến: " + COMMENT,
                "Người thực hiện: noivu.tpcb (Phòng Nội vụ - Thành phố Cao Bằng)", "Thời gian xử lý:",
                "Hồ sơ bị trả lại để bổ sung", "Đang chờ xử lý: Bổ sung hồ sơ", "xuất lúc", "bởi kiemtra");
        assertThat(PageSession.signedIn(base(), HOACHUNG, TestAccounts.PASSWORD).bytes("/ho-so/" + id + "/lich-su.pdf")
                .statusCode()).as("the unit reads its own dossier's history").isEqualTo(200);
    }

    @Test
    void onlyAuditorsAndAdminsSearchAndExport() {
        PageSession secretary = PageSession.signedIn(base(), HOACHUNG, TestAccounts.PASSWORD);
        HttpResponse<String> search = secretary.get("/kiem-toan");
        assertThat(search.statusCode()).isEqualTo(403);
        assertThat(search.body()).contains("Không có quyền");
        HttpResponse<String> csv = secretary.get("/kiem-toan/xuat.csv");
        assertThat(csv.statusCode()).isEqualTo(403);
        assertThat(csv.body()).doesNotContain("Mã hồ sơ;");
        assertThat(secretary.get("/kiem-toan/chuoi-nhat-ky").statusCode()).isEqualTo(403);
        assertThat(PageSession.signedIn(base(), "noivu.tpcb", TestAccounts.PASSWORD).get("/kiem-toan").statusCode())
                .isEqualTo(403);

        PageSession admin = PageSession.signedIn(base(), "admin", TestAccounts.PASSWORD);
        assertThat(admin.get("/kiem-toan").statusCode()).isEqualTo(200);
        HttpResponse<String> chain = PageSession.signedIn(base(), AUDITOR, TestAccounts.PASSWORD).get("/kiem-toan/chuoi-nhat-ky");
        assertThat(chain.statusCode()).isEqualTo(200);
        assertThat(chain.body()).contains("Chuỗi nhật ký toàn vẹn");
    }

    @Test
    void anotherUnitCannotOpenTheDossierNorItsHistoryNorItsDiagram() {
        JsonNode returned = returnedDossier(api, engine, uniqueName("Nông Thị"), DossierApiClient.randomCccd());
        long id = returned.get("id").asLong();
        PageSession otherUnit = PageSession.signedIn(base(), THPTTK, TestAccounts.PASSWORD);

        for (String path : new String[] {"", "/lich-su.pdf", "/so-do.bpmn"}) {
            HttpResponse<String> answer = otherUnit.get("/ho-so/" + id + path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).doesNotContain(returned.get("code").asText()).contains("Không tìm thấy");
        }
        long documentId = returned.get("documents").get(0).get("id").asLong();
        assertThat(otherUnit.get("/ho-so/" + id + "/tai-lieu/" + documentId).statusCode()).isEqualTo(404);

        HttpResponse<String> own = PageSession.signedIn(base(), HOACHUNG, TestAccounts.PASSWORD).get("/ho-so/" + id);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(COMMENT, "Sửa và nộp lại", "href=\"/ho-so/" + id + "/sua\"");
        PageSession auditor = PageSession.signedIn(base(), AUDITOR, TestAccounts.PASSWORD);
        HttpResponse<String> audited = auditor.get("/ho-so/" + id);
        assertThat(audited.statusCode()).isEqualTo(200);
        assertThat(audited.body()).contains(COMMENT, "data-current=\"supplementDistrictCheck\"")
                .doesNotContain("Sửa và nộp lại");
        HttpResponse<String> bpmn = auditor.get("/ho-so/" + id + "/so-do.bpmn");
        assertThat(bpmn.statusCode()).isEqualTo(200);
        assertThat(bpmn.body()).contains("<bpmn:process id=\"nomination\"", "bpmndi:BPMNDiagram");
        HttpResponse<byte[]> document = auditor.bytes("/ho-so/" + id + "/tai-lieu/" + documentId);
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(new String(document.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aDraftHasItsPageWithTheDiagramOfTheProcessItWillRunAndItsOwnEvents() {
        String name = uniqueName("Lương Thị");
        JsonNode draft = api.created(THPTTK, dossier(null, "LDTT", individual(name)));
        long id = draft.get("id").asLong();
        PageSession secretary = PageSession.signedIn(base(), THPTTK, TestAccounts.PASSWORD);

        HttpResponse<String> page = secretary.get("/ho-so/" + id);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(name, "Đang soạn", "Chưa trình", "Lập hồ sơ", "data-src=\"/ho-so/" + id + "/so-do.bpmn\"")
                .as("no step to mark").doesNotContain("data-current=", "data-passed=", "Đang chờ xử lý", "Sửa và nộp lại");
        HttpResponse<String> bpmn = secretary.get("/ho-so/" + id + "/so-do.bpmn");
        assertThat(bpmn.statusCode()).isEqualTo(200);
        assertThat(bpmn.body()).contains("<bpmn:process id=\"nomination\"");
        assertThat(PageSession.signedIn(base(), "noivu.tk", TestAccounts.PASSWORD).get("/ho-so/" + id).statusCode())
                .as("the district sees a dossier once it is submitted").isEqualTo(404);
    }

    @Test
    void theViewerIsServedFromTheApplicationWithoutAVersionInItsAddress() {
        HttpResponse<String> viewer = PageSession.anonymous(base())
                .get("/webjars/bpmn-js/dist/bpmn-navigated-viewer.production.min.js");
        assertThat(viewer.statusCode()).isEqualTo(200);
        assertThat(viewer.body()).contains("BpmnJS");
    }

    private static List<Long> found(PageSession auditor, String query) {
        HttpResponse<String> page = auditor.get("/kiem-toan?" + query);
        assertThat(page.statusCode()).as(query).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        Matcher m = RESULT_LINK.matcher(page.body());
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
