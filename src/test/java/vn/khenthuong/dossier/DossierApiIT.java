package vn.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import static vn.khenthuong.testsupport.DossierApiClient.collective;
import static vn.khenthuong.testsupport.DossierApiClient.dossier;
import static vn.khenthuong.testsupport.DossierApiClient.individual;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.kernel.Sha256;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.testsupport.DossierApiClient;
import vn.khenthuong.testsupport.Samples;

@PostgresIntegrationTest
class DossierApiIT {

    private static final String HOACHUNG = "thuky.hoachung";
    private static final String THPTTK = "thuky.thpttk";
    private static final String AUDITOR = "kiemtra";
    private static final String FORBIDDEN = "Bạn không có quyền thực hiện thao tác này";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganisationService organisations;
    @Autowired
    IdentityService identityService;

    private DossierApiClient api;

    @BeforeEach
    void accounts() {
        api = new DossierApiClient(rest);
    }

    @Test
    void secretaryCreatesEditsAttachesDownloadsChecksListsAndReads() {
        String nfdName = Normalizer.normalize("Nguyễn Thị Hoà", Normalizer.Form.NFD);
        ObjectNode body = dossier(null, "CSTD_CS", individual(nfdName));
        body.put("summary", Normalizer.normalize("  Trường hoàn thành xuất sắc nhiệm vụ  ", Normalizer.Form.NFD));

        ResponseEntity<JsonNode> created = api.post(HOACHUNG, "/api/dossiers", body);

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        JsonNode d = created.getBody();
        long id = d.get("id").asLong();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/dossiers/" + id);
        assertThat(d.get("code").asText()).isEqualTo(String.format("HS-2025-%06d", id));
        assertThat(d.get("unitCode").asText()).isEqualTo("thhoachung");
        assertThat(d.get("status").asText()).isEqualTo("DRAFT");
        assertThat(d.get("statusLabel").asText()).isEqualTo("Đang soạn");
        assertThat(d.get("version").asInt()).isZero();
        String storedName = jdbc.sql("select full_name from nominee where dossier_id = ?").param(id).query(String.class).single();
        assertThat(storedName).isEqualTo("Nguyễn Thị Hoà").isEqualTo(Normalizer.normalize(nfdName, Normalizer.Form.NFC));
        assertThat(jdbc.sql("select summary from dossier where id = ?").param(id).query(String.class).single())
                .isEqualTo("Trường hoàn thành xuất sắc nhiệm vụ");

        JsonNode check = api.post(HOACHUNG, "/api/dossiers/" + id + "/check", null).getBody();
        assertThat(check.get("errorCount").asInt()).isPositive();
        assertThat(check.get("findings").findValuesAsText("ruleCode")).contains("REQUIRED_DOCUMENTS");

        long nomineeId = d.get("nominees").get(0).get("id").asLong();
        ObjectNode kept = individual("Nguyễn Thị Hoà Bình");
        kept.put("id", nomineeId);
        ObjectNode edit = dossier(null, "CSTD_CS", kept, individual("Lương Văn Đức"));
        edit.put("summary", "Đã sửa tóm tắt");
        edit.put("version", 0);
        ResponseEntity<JsonNode> edited = api.put(HOACHUNG, "/api/dossiers/" + id, edit);
        assertThat(edited.getStatusCode().value()).isEqualTo(200);
        assertThat(edited.getBody().get("version").asInt()).isEqualTo(1);
        assertThat(edited.getBody().get("summary").asText()).isEqualTo("Đã sửa tóm tắt");
        assertThat(edited.getBody().get("nominees")).hasSize(2);
        assertThat(edited.getBody().get("nominees").get(0).get("id").asLong()).isEqualTo(nomineeId);
        assertThat(edited.getBody().get("nominees").get(0).get("fullName").asText()).isEqualTo("Nguyễn Thị Hoà Bình");

        ResponseEntity<JsonNode> stale = api.put(HOACHUNG, "/api/dossiers/" + id, edit);
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(stale.getBody().get("message").asText()).contains("người khác sửa");
        assertThat(api.get(HOACHUNG, "/api/dossiers/" + id).getBody().get("summary").asText()).isEqualTo("Đã sửa tóm tắt");

        byte[] pdf = Samples.pdf();
        String pdfName = Normalizer.normalize("Tờ trình đề nghị.pdf", Normalizer.Form.NFD);
        ResponseEntity<JsonNode> uploaded = api.upload(HOACHUNG, id, "TO_TRINH", pdfName, "application/pdf", pdf);
        assertThat(uploaded.getStatusCode().value()).isEqualTo(201);
        JsonNode doc = uploaded.getBody();
        assertThat(doc.get("fileName").asText()).isEqualTo("Tờ trình đề nghị.pdf");
        assertThat(doc.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(doc.get("sizeBytes").asLong()).isEqualTo(pdf.length);
        assertThat(doc.get("sha256").asText()).isEqualTo(Sha256.hex(pdf));

        byte[] png = Samples.image("png");
        JsonNode pngDoc = api.upload(HOACHUNG, id, "BAO_CAO_THANH_TICH", "bao-cao.pdf", "application/pdf", png).getBody();
        assertThat(pngDoc.get("contentType").asText()).as("type from the content, not the name").isEqualTo("image/png");
        JsonNode docx = api.upload(HOACHUNG, id, "DANH_SACH", "danh-sach.docx", "application/octet-stream",
                Samples.docx()).getBody();
        assertThat(docx.get("contentType").asText()).isEqualTo(DocumentType.DOCX.mediaType());

        ResponseEntity<byte[]> download = api.download(HOACHUNG, doc.get("downloadUrl").asText());
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(Sha256.hex(download.getBody())).isEqualTo(doc.get("sha256").asText());
        assertThat(download.getBody()).isEqualTo(pdf);
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .as("a PDF opens in the browser").startsWith("inline;")
                .contains("filename*=UTF-8''T%E1%BB%9D%20tr%C3%ACnh%20%C4%91%E1%BB%81%20ngh%E1%BB%8B.pdf");

        assertThat(api.download(HOACHUNG, docx.get("downloadUrl").asText()).getHeaders()
                .getFirst(HttpHeaders.CONTENT_DISPOSITION)).as("a Word file is downloaded").startsWith("attachment;");

        ResponseEntity<JsonNode> deleted = api.delete(HOACHUNG, pngDoc.get("downloadUrl").asText());
        assertThat(deleted.getStatusCode().value()).isEqualTo(204);
        assertThat(api.download(HOACHUNG, pngDoc.get("downloadUrl").asText()).getStatusCode().value()).isEqualTo(404);

        JsonNode incomplete = api.post(HOACHUNG, "/api/dossiers/" + id + "/check", null).getBody();
        assertThat(incomplete.get("findings").findValuesAsText("message").toString())
                .contains("Báo cáo thành tích", "Biên bản họp", "sáng kiến");
        for (String kind : java.util.List.of("BAO_CAO_THANH_TICH", "BIEN_BAN_HOP", "SANG_KIEN")) {
            assertThat(api.upload(HOACHUNG, id, kind, kind + ".pdf", "application/pdf", pdf).getStatusCode().value())
                    .isEqualTo(201);
        }
        JsonNode recheck = api.post(HOACHUNG, "/api/dossiers/" + id + "/check", null).getBody();
        // The unit's CSTĐ cơ sở quota counts its LĐTT in the (demo) registry and the live dossiers other
        // tests create for the same unit and year: shared data, so only the quota may still object here.
        List<String> errors = new ArrayList<>();
        recheck.get("findings").forEach(f -> {
            if (f.get("severity").asText().equals("ERROR")) {
                errors.add(f.get("ruleCode").asText());
            }
        });
        assertThat(errors).as(recheck.toString()).hasSize(recheck.get("errorCount").asInt()).isSubsetOf("QUOTA");
        assertThat(recheck.get("decisionDate").asText()).isNotBlank();

        JsonNode view = api.get(HOACHUNG, "/api/dossiers/" + id).getBody();
        assertThat(view.get("unitName").asText()).isEqualTo(organisations.get("thhoachung").name());
        assertThat(view.get("awardName").asText()).isEqualTo("Chiến sĩ thi đua cơ sở");
        assertThat(view.get("documents").findValuesAsText("kind"))
                .containsExactly("TO_TRINH", "DANH_SACH", "BAO_CAO_THANH_TICH", "BIEN_BAN_HOP", "SANG_KIEN");
        assertThat(view.get("nominees").get(1).get("statusLabel").asText()).isEqualTo("Đang xét");
        assertThat(view.get("currentSteps")).isEmpty();
        assertThat(view.has("returnComment")).isFalse();

        JsonNode list = api.get(HOACHUNG, "/api/dossiers?unit=thhoachung&status=DRAFT&year=2025&award=CSTD_CS").getBody();
        JsonNode line = find(list, id);
        assertThat(line).isNotNull();
        assertThat(line.get("code").asText()).isEqualTo(d.get("code").asText());
        assertThat(line.get("nomineeCount").asInt()).isEqualTo(2);
        assertThat(line.get("unitName").asText()).isEqualTo(organisations.get("thhoachung").name());
        assertThat(find(api.get(HOACHUNG, "/api/dossiers?status=SUBMITTED").getBody(), id)).isNull();
        assertThat(find(api.get(HOACHUNG, "/api/dossiers?year=2024").getBody(), id)).isNull();
    }

    @Test
    void editingKeepsNomineesByIdAndRefusesForeignIds() {
        JsonNode d = api.createDraft(HOACHUNG, "CSTD_CS");
        long id = d.get("id").asLong();
        ObjectNode foreign = individual("Người lạ");
        foreign.put("id", 999_999_999L);
        long nominees = nomineeCount(id);

        ResponseEntity<JsonNode> refused = api.put(HOACHUNG, "/api/dossiers/" + id, dossier(null, "CSTD_CS", foreign));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().get("field").asText()).isEqualTo("nominees[0].id");
        assertThat(nomineeCount(id)).isEqualTo(nominees);
        assertThat(version(id)).isZero();

        ResponseEntity<JsonNode> emptied = api.put(HOACHUNG, "/api/dossiers/" + id, dossier(null, "GK"));
        assertThat(emptied.getStatusCode().value()).isEqualTo(200);
        assertThat(emptied.getBody().get("awardCode").asText()).isEqualTo("GK");
        assertThat(nomineeCount(id)).isZero();

        ObjectNode otherYear = dossier(null, "GK");
        otherYear.put("periodYear", 2024);
        assertThat(api.put(HOACHUNG, "/api/dossiers/" + id, otherYear).getBody().get("code").asText())
                .isEqualTo(String.format("HS-2024-%06d", id));
    }

    @Test
    void badJsonAndBadValuesAreRefusedInVietnameseAndNothingIsStored() {
        long dossiers = count("dossier");
        long nominees = count("nominee");

        expectBadRequest(api.post(HOACHUNG, "/api/dossiers", "{\"awardCode\": \"CSTD_CS\", \"nominees\": [ {"),
                null, "Nội dung yêu cầu không phải JSON hợp lệ (trống, sai cú pháp, không phải mã UTF-8 hoặc có dữ liệu thừa sau JSON)");
        expectBadRequest(api.post(HOACHUNG, "/api/dossiers", dossier(null, "KHONG_CO", individual("Nguyễn Văn A"))),
                "awardCode", "Không có danh hiệu, hình thức khen thưởng mã \"KHONG_CO\"");
        ObjectNode shortCccd = individual("Nguyễn Văn A");
        shortCccd.put("cccd", "12345678901");
        expectBadRequest(api.post(HOACHUNG, "/api/dossiers", dossier(null, "CSTD_CS", individual("Hà Văn B"), shortCccd)),
                "nominees[1].cccd", "Số CCCD phải gồm đúng 12 chữ số");
        ObjectNode letters = individual("Nguyễn Văn A");
        letters.put("cccd", "00419000123A");
        expectBadRequest(api.post(HOACHUNG, "/api/dossiers", dossier(null, "CSTD_CS", letters)),
                "nominees[0].cccd", "Số CCCD phải gồm đúng 12 chữ số");
        ObjectNode noCccd = individual("Nguyễn Văn A");
        noCccd.remove("cccd");
        expectBadRequest(api.post(HOACHUNG, "/api/dossiers", dossier(null, "CSTD_CS", noCccd)),
                "nominees[0].cccd", "Chưa nhập số CCCD của Nguyễn Văn A");
        expectBadRequest(api.post(HOACHUNG, "/api/dossiers", dossier(null, "CSTD_CS", individual("   "))),
                "nominees[0].fullName", "Họ tên (hoặc tên tập thể) không được để trống");
        ObjectNode noMembers = collective("Tổ Toán", "thhoachung-toan");
        noMembers.remove("memberCount");
        expectBadRequest(api.post(HOACHUNG, "/api/dossiers", dossier(null, "TT_LDTT", noMembers)),
                "nominees[0].memberCount", "Chưa nhập số thành viên của tập thể Tổ Toán");
        expectBadRequest(api.post(HOACHUNG, "/api/dossiers", dossier(null, "TT_LDTT", individual("Nguyễn Văn A"))),
                "nominees[0].kind", "Danh hiệu, hình thức này chỉ dành cho tập thể");
        ObjectNode badKind = individual("Nguyễn Văn A");
        badKind.put("kind", "PERSON");
        expectBadRequest(api.post(HOACHUNG, "/api/dossiers", dossier(null, "CSTD_CS", badKind)),
                "nominees[0].kind", "Giá trị của trường nominees[0].kind phải là một trong: INDIVIDUAL, COLLECTIVE");
        ObjectNode oldYear = dossier(null, "CSTD_CS", individual("Nguyễn Văn A"));
        oldYear.put("periodYear", 1999);
        expectBadRequest(api.post(HOACHUNG, "/api/dossiers", oldYear), "periodYear", "Năm xét khen thưởng phải từ năm 2000 trở đi");
        ObjectNode farYear = dossier(null, "CSTD_CS", individual("Nguyễn Văn A"));
        farYear.put("periodYear", 2200);
        ResponseEntity<JsonNode> far = api.post(HOACHUNG, "/api/dossiers", farYear);
        assertThat(far.getStatusCode().value()).isEqualTo(400);
        assertThat(far.getBody().get("field").asText()).isEqualTo("periodYear");
        ObjectNode noAward = dossier(null, "CSTD_CS", individual("Nguyễn Văn A"));
        noAward.remove("awardCode");
        expectBadRequest(api.post(HOACHUNG, "/api/dossiers", noAward), "awardCode", "Chưa chọn danh hiệu, hình thức khen thưởng");

        assertThat(count("dossier")).isEqualTo(dossiers);
        assertThat(count("nominee")).isEqualTo(nominees);
    }

    @Test
    void badEditsChangeNothing() {
        long id = api.createDraft(HOACHUNG, "CSTD_CS").get("id").asLong();
        ObjectNode shortCccd = individual("Nguyễn Văn A");
        shortCccd.put("cccd", "123");

        expectBadRequest(api.put(HOACHUNG, "/api/dossiers/" + id, dossier(null, "CSTD_CS", shortCccd)),
                "nominees[0].cccd", "Số CCCD phải gồm đúng 12 chữ số");
        expectBadRequest(api.put(HOACHUNG, "/api/dossiers/" + id, dossier(null, "KHONG_CO")), "awardCode",
                "Không có danh hiệu, hình thức khen thưởng mã \"KHONG_CO\"");
        expectBadRequest(api.put(HOACHUNG, "/api/dossiers/" + id, dossier("thpttk", "CSTD_CS")), "unitCode",
                "Không đổi được đơn vị của hồ sơ");

        assertThat(version(id)).isZero();
        assertThat(nomineeCount(id)).isEqualTo(1);
    }

    @Test
    void disguisedOversizedAndEmptyFilesAreRefusedAndNothingIsStored() throws Exception {
        long id = api.createDraft(HOACHUNG, "CSTD_CS").get("id").asLong();
        long documents = count("dossier_document");

        ResponseEntity<JsonNode> text = api.upload(HOACHUNG, id, "TO_TRINH", "to-trinh.pdf", "application/pdf", Samples.text());
        assertThat(text.getStatusCode().value()).isEqualTo(415);
        assertThat(text.getBody().get("message").asText()).startsWith("Nội dung tệp không thuộc định dạng được chấp nhận");
        ResponseEntity<JsonNode> exe = api.upload(HOACHUNG, id, "TO_TRINH", "to-trinh.pdf", "application/pdf", Samples.exe());
        assertThat(exe.getStatusCode().value()).isEqualTo(415);
        assertThat(api.upload(HOACHUNG, id, "TO_TRINH", "bang-tinh.docx", "application/octet-stream", Samples.xlsx())
                .getStatusCode().value()).isEqualTo(415);
        ResponseEntity<JsonNode> empty = api.upload(HOACHUNG, id, "TO_TRINH", "rong.pdf", "application/pdf", new byte[0]);
        assertThat(empty.getStatusCode().value()).isEqualTo(400);
        assertThat(empty.getBody().get("field").asText()).isEqualTo("file");
        ResponseEntity<JsonNode> badKind = api.upload(HOACHUNG, id, "THU_TAY", "a.pdf", "application/pdf", Samples.pdf());
        assertThat(badKind.getStatusCode().value()).isEqualTo(400);
        assertThat(badKind.getBody().get("field").asText()).isEqualTo("kind");

        byte[] big = Arrays.copyOf(Samples.pdf(), 20 * 1024 * 1024 + 1024);
        ResponseEntity<JsonNode> tooBig = api.uploadFixedLength(HOACHUNG, id, "TO_TRINH", "qua-lon.pdf", "application/pdf", big);
        assertThat(tooBig.getStatusCode().value()).isEqualTo(413);
        assertThat(tooBig.getBody().get("message").asText()).startsWith("Tệp vượt quá dung lượng cho phép");

        assertThat(count("dossier_document")).isEqualTo(documents);
        assertThat(api.get(HOACHUNG, "/api/dossiers/" + id).getBody().get("documents")).isEmpty();
    }

    @Test
    void aSecretaryOfAnotherUnitFindsNothing() {
        JsonNode d = api.createDraft(HOACHUNG, "CSTD_CS");
        long id = d.get("id").asLong();
        String docUrl = api.upload(HOACHUNG, id, "TO_TRINH", "a.pdf", "application/pdf", Samples.pdf())
                .getBody().get("downloadUrl").asText();
        long documents = count("dossier_document");

        for (ResponseEntity<JsonNode> r : List.of(
                api.get(THPTTK, "/api/dossiers/" + id),
                api.put(THPTTK, "/api/dossiers/" + id, dossier(null, "CSTD_CS")),
                api.post(THPTTK, "/api/dossiers/" + id + "/check", null),
                api.post(THPTTK, "/api/dossiers/" + id + "/submit", null),
                api.post(THPTTK, "/api/dossiers/" + id + "/withdraw", null),
                api.upload(THPTTK, id, "KHAC", "b.pdf", "application/pdf", Samples.pdf()),
                api.delete(THPTTK, docUrl))) {
            assertThat(r.getStatusCode().value()).isEqualTo(404);
            assertThat(r.getBody().get("message").asText()).isEqualTo("Không tìm thấy hồ sơ");
        }
        assertThat(api.download(THPTTK, docUrl).getStatusCode().value()).isEqualTo(404);
        assertThat(find(api.get(THPTTK, "/api/dossiers").getBody(), id)).isNull();
        assertThat(api.get(HOACHUNG, "/api/dossiers/999999999").getStatusCode().value()).isEqualTo(404);

        ResponseEntity<JsonNode> foreignUnit = api.post(THPTTK, "/api/dossiers", dossier("thhoachung", "CSTD_CS", individual("A")));
        assertThat(foreignUnit.getStatusCode().value()).isEqualTo(403);
        assertThat(foreignUnit.getBody().get("field").asText()).isEqualTo("unitCode");

        assertThat(version(id)).isZero();
        assertThat(count("dossier_document")).isEqualTo(documents);
        assertThat(status(id)).isEqualTo("DRAFT");
    }

    @Test
    void theAuditorReadsEverythingButEveryWriteIsForbidden() {
        JsonNode d = api.createDraft(HOACHUNG, "CSTD_CS");
        long id = d.get("id").asLong();
        String docUrl = api.upload(HOACHUNG, id, "TO_TRINH", "a.pdf", "application/pdf", Samples.pdf())
                .getBody().get("downloadUrl").asText();
        long dossiers = count("dossier");
        long documents = count("dossier_document");

        assertThat(api.get(AUDITOR, "/api/dossiers/" + id).getStatusCode().value()).isEqualTo(200);
        assertThat(api.download(AUDITOR, docUrl).getStatusCode().value()).isEqualTo(200);
        assertThat(find(api.get(AUDITOR, "/api/dossiers").getBody(), id)).isNotNull();
        assertThat(api.post(AUDITOR, "/api/dossiers/" + id + "/check", null).getStatusCode().value()).isEqualTo(200);

        List<Supplier<ResponseEntity<JsonNode>>> writes = new ArrayList<>(List.of(
                () -> api.post(AUDITOR, "/api/dossiers", dossier(null, "CSTD_CS", individual("A"))),
                () -> api.post(AUDITOR, "/api/dossiers", dossier("thhoachung", "CSTD_CS", individual("A"))),
                () -> api.put(AUDITOR, "/api/dossiers/" + id, dossier(null, "CSTD_CS")),
                () -> api.upload(AUDITOR, id, "KHAC", "b.pdf", "application/pdf", Samples.pdf()),
                () -> api.delete(AUDITOR, docUrl),
                () -> api.post(AUDITOR, "/api/dossiers/" + id + "/submit", null),
                () -> api.post(AUDITOR, "/api/dossiers/" + id + "/withdraw", null)));
        for (Supplier<ResponseEntity<JsonNode>> write : writes) {
            ResponseEntity<JsonNode> r = write.get();
            assertThat(r.getStatusCode().value()).isEqualTo(403);
            assertThat(r.getBody().get("message").asText()).startsWith("Bạn không");
        }
        assertThat(api.put("admin", "/api/dossiers/" + id, dossier(null, "CSTD_CS")).getBody().get("message").asText())
                .isEqualTo(FORBIDDEN);
        assertThat(api.get("admin", "/api/dossiers/" + id).getStatusCode().value()).isEqualTo(200);

        assertThat(count("dossier")).isEqualTo(dossiers);
        assertThat(count("dossier_document")).isEqualTo(documents);
        assertThat(version(id)).isZero();
        assertThat(status(id)).isEqualTo("DRAFT");
    }

    @Test
    void reviewersSeeOnlyWhatWasSentUpToThem() {
        long id = api.createDraft(HOACHUNG, "CSTD_CS").get("id").asLong();
        assertThat(api.get("noivu.tpcb", "/api/dossiers/" + id).getStatusCode().value()).as("draft").isEqualTo(404);

        // As the process leaves it after submission (the submission itself is tested with the process).
        jdbc.sql("update dossier set status = 'SUBMITTED', submitted_at = current_timestamp where id = ?").param(id).update();

        assertThat(api.get("noivu.tpcb", "/api/dossiers/" + id).getStatusCode().value()).isEqualTo(200);
        assertThat(api.get("chutich.tpcb", "/api/dossiers/" + id).getStatusCode().value()).isEqualTo(200);
        assertThat(find(api.get("hoidong.tpcb", "/api/dossiers?unit=thhoachung").getBody(), id)).isNotNull();
        assertThat(api.get("noivu.tk", "/api/dossiers/" + id).getStatusCode().value()).isEqualTo(404);
        assertThat(find(api.get("noivu.tk", "/api/dossiers").getBody(), id)).isNull();
        assertThat(api.get("bantdkt", "/api/dossiers/" + id).getStatusCode().value()).as("not at the province yet").isEqualTo(404);

        ResponseEntity<JsonNode> write = api.put("noivu.tpcb", "/api/dossiers/" + id, dossier(null, "CSTD_CS"));
        assertThat(write.getStatusCode().value()).isEqualTo(403);

        jdbc.sql("update dossier set reached_province = true where id = ?").param(id).update();
        assertThat(api.get("bantdkt", "/api/dossiers/" + id).getStatusCode().value()).isEqualTo(200);
        assertThat(find(api.get("hoidong.tinh", "/api/dossiers").getBody(), id)).isNotNull();
    }

    @Test
    void anonymousCallsAreRefused() {
        ResponseEntity<JsonNode> r = api.get(null, "/api/dossiers");
        assertThat(r.getStatusCode().value()).isEqualTo(401);
        assertThat(r.getBody().get("message").asText()).startsWith("Cần đăng nhập");
    }

    @Test
    void theApiDescriptionHasVietnameseOperationsExamplesAndBasicAuth() {
        ResponseEntity<JsonNode> docs = rest.exchange("/v3/api-docs", HttpMethod.GET, null, JsonNode.class);
        assertThat(docs.getStatusCode().value()).isEqualTo(200);
        JsonNode root = docs.getBody();
        JsonNode scheme = root.at("/components/securitySchemes/basicAuth");
        assertThat(scheme.get("type").asText()).isEqualTo("http");
        assertThat(scheme.get("scheme").asText()).isEqualTo("basic");
        JsonNode create = root.at("/paths/~1api~1dossiers/post");
        assertThat(create.get("summary").asText()).isEqualTo("Lập hồ sơ mới (bản nháp)");
        assertThat(create.get("tags").get(0).asText()).isEqualTo("Hồ sơ đề nghị khen thưởng");
        JsonNode example = create.at("/requestBody/content/application~1json/examples");
        assertThat(example.toString()).contains("Nguyễn Thị Hoa").contains("CSTD_CS");
        assertThat(root.at("/paths/~1api~1dossiers~1{id}/put/requestBody/content/application~1json/examples").toString())
                .contains("004190001234");
        assertThat(root.at("/paths/~1api~1dossiers~1{id}~1withdraw/post/requestBody").toString()).contains("Đơn vị phát hiện sai sót");
        assertThat(root.at("/components/schemas/DossierRequest/properties/awardCode/example").asText()).isEqualTo("CSTD_CS");
        assertThat(root.at("/components/schemas/NomineeRequest/properties/cccd/example").asText()).isEqualTo("004190001234");
        assertThat(root.at("/paths/~1api~1dossiers~1{id}~1documents/post/requestBody/content/multipart~1form-data/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/DocumentUploadForm");
        assertThat(root.at("/components/schemas/DocumentUploadForm/properties/file/format").asText()).isEqualTo("binary");
        assertThat(root.at("/components/schemas/DocumentUploadForm/properties/kind/example").asText()).isEqualTo("TO_TRINH");
        assertThat(root.toString()).doesNotContain("CurrentUser");
    }

    private static void expectBadRequest(ResponseEntity<JsonNode> r, String field, String message) {
        assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(400);
        assertThat(r.getBody().get("message").asText()).isEqualTo(message);
        if (field == null) {
            assertThat(r.getBody().has("field")).isFalse();
        } else {
            assertThat(r.getBody().get("field").asText()).isEqualTo(field);
        }
    }

    private static JsonNode find(JsonNode list, long id) {
        for (JsonNode line : list) {
            if (line.get("id").asLong() == id) {
                return line;
            }
        }
        return null;
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private long nomineeCount(long id) {
        return jdbc.sql("select count(*) from nominee where dossier_id = ?").param(id).query(Long.class).single();
    }

    private int version(long id) {
        return jdbc.sql("select version from dossier where id = ?").param(id).query(Integer.class).single();
    }

    private String status(long id) {
        return jdbc.sql("select status from dossier where id = ?").param(id).query(String.class).single();
    }
}
