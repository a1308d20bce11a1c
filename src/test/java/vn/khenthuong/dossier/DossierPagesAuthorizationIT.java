package vn.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.testsupport.DossierApiClient;
import vn.khenthuong.testsupport.PageSession;
import vn.khenthuong.testsupport.Samples;

/**
 * The dossier pages apply the API's rules: a unit's dossier is the unit's secretary's to change, other
 * units do not even see it, and the auditor reads everything but changes nothing.
 */
@PostgresIntegrationTest
class DossierPagesAuthorizationIT {

    private static final String FORBIDDEN_PAGE = "Bạn không có quyền xem trang này hoặc thực hiện thao tác này.";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;

    private DossierApiClient api;
    private long hoaChung;
    private String hoaChungCode;
    private long documentId;

    @BeforeEach
    void aDraftOfHoaChung() {
        api = new DossierApiClient(rest);
        JsonNode draft = api.createDraft("thuky.hoachung", "LDTT");
        hoaChung = draft.get("id").asLong();
        hoaChungCode = draft.get("code").asText();
        documentId = api.upload("thuky.hoachung", hoaChung, "TO_TRINH", "tờ trình.pdf", "application/pdf",
                Samples.pdf()).getBody().get("id").asLong();
    }

    @Test
    void anotherUnitsSecretaryNeitherSeesNorChangesTheDossier() {
        long ownDraft = api.createDraft("thuky.thpttk", "LDTT").get("id").asLong();
        PageSession thpttk = PageSession.signIn(port, "thuky.thpttk");

        String list = thpttk.get("/ho-so").body();
        assertThat(list).contains("/ho-so/" + ownDraft + "/sua").doesNotContain(hoaChungCode)
                .doesNotContain("/ho-so/" + hoaChung + "\"");
        assertThat(thpttk.get("/ho-so?status=DRAFT&year=").body()).doesNotContain(hoaChungCode);

        assertThat(thpttk.get("/ho-so/" + hoaChung + "/sua").statusCode()).isEqualTo(404);
        assertThat(thpttk.get("/ho-so/" + hoaChung + "/tai-lieu/" + documentId).statusCode()).isEqualTo(404);
        assertThat(thpttk.post("/ho-so/" + hoaChung, edit()).statusCode()).isEqualTo(404);
        assertThat(thpttk.post("/ho-so/" + hoaChung + "/kiem-tra", Map.of()).statusCode()).isEqualTo(404);
        assertThat(thpttk.post("/ho-so/" + hoaChung + "/nop", Map.of()).statusCode()).isEqualTo(404);
        assertThat(thpttk.post("/ho-so/" + hoaChung + "/tai-lieu/" + documentId + "/xoa", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(thpttk.upload("/ho-so/" + hoaChung + "/tai-lieu", "DANH_SACH", "ds.pdf", Samples.pdf())
                .statusCode()).isEqualTo(404);
        assertUnchanged();
    }

    @Test
    void theAuditorReadsButEveryPostIsRefused() {
        PageSession auditor = PageSession.signIn(port, "kiemtra");

        assertThat(auditor.get("/ho-so").body()).contains(hoaChungCode).doesNotContain("Tạo hồ sơ mới");
        assertThat(auditor.get("/ho-so/" + hoaChung + "/tai-lieu/" + documentId).statusCode()).isEqualTo(200);

        Map<String, String> broken = Map.of("addNominee", "KHONG_CO", "nominees[0].birthDate", "hôm qua");
        for (HttpResponse<String> refused : new HttpResponse[] {
                auditor.post("/ho-so/" + hoaChung, edit()),
                auditor.post("/ho-so/" + hoaChung, broken),
                auditor.post("/ho-so/" + hoaChung, Map.of()),
                auditor.post("/ho-so", edit()),
                auditor.post("/ho-so", broken),
                auditor.post("/ho-so/" + hoaChung + "/tai-lieu", Map.of("kind", "KHONG_CO")),
                auditor.post("/ho-so/" + hoaChung + "/tai-lieu/khong-phai-so/xoa", Map.of()),
                auditor.post("/ho-so/" + hoaChung + "/kiem-tra", Map.of()),
                auditor.post("/ho-so/" + hoaChung + "/nop", Map.of()),
                auditor.post("/ho-so/" + hoaChung + "/tai-lieu/" + documentId + "/xoa", Map.of()),
                auditor.upload("/ho-so/" + hoaChung + "/tai-lieu", "DANH_SACH", "ds.pdf", Samples.pdf())}) {
            assertThat(refused.statusCode()).as(refused.uri().toString()).isEqualTo(403);
            assertThat(refused.body()).contains(FORBIDDEN_PAGE);
        }
        assertThat(auditor.get("/ho-so/moi").statusCode()).isEqualTo(403);
        assertThat(auditor.get("/ho-so/" + hoaChung + "/sua").statusCode()).isEqualTo(403);
        assertUnchanged();
    }

    @Test
    void theDistrictReviewerDoesNotSeeADraftAndCannotCreate() {
        PageSession reviewer = PageSession.signIn(port, "noivu.tpcb");

        assertThat(reviewer.get("/ho-so").body()).doesNotContain(hoaChungCode).doesNotContain("Tạo hồ sơ mới");
        assertThat(reviewer.get("/ho-so/" + hoaChung + "/sua").statusCode()).isEqualTo(404);
        assertThat(reviewer.post("/ho-so", edit()).statusCode()).isEqualTo(403);
    }

    @Test
    void theUnitsSecretaryChangesIt() {
        PageSession secretary = PageSession.signIn(port, "thuky.hoachung");

        assertThat(secretary.get("/ho-so").body()).contains(hoaChungCode).contains("/ho-so/" + hoaChung + "/sua");
        assertThat(secretary.get("/ho-so/" + hoaChung + "/sua").statusCode()).isEqualTo(200);
        HttpResponse<String> saved = secretary.post("/ho-so/" + hoaChung, edit());
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/ho-so/" + hoaChung + "/sua");
        assertThat(movement()).isEqualTo("Phong trào sửa trên trang");
        assertThat(secretary.get("/ho-so/" + hoaChung + "/sua").body()).contains("Đã lưu hồ sơ");
    }

    /** The server stops reading a body at the size limit, and the CSRF token in it with it: a page says why. */
    @Test
    void aFileAboveTheLimitIsRefusedInVietnamese() {
        PageSession secretary = PageSession.signIn(port, "thuky.hoachung");
        byte[] tooLarge = new byte[21 * 1024 * 1024];
        System.arraycopy(Samples.pdf(), 0, tooLarge, 0, Samples.pdf().length);

        HttpResponse<String> refused = secretary.upload("/ho-so/" + hoaChung + "/tai-lieu", "DANH_SACH", "lon.pdf",
                tooLarge);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("Tệp tải lên vượt quá dung lượng cho phép");
        assertThat(jdbc.sql("select count(*) from dossier_document where dossier_id = ?").param(hoaChung)
                .query(Long.class).single()).isEqualTo(1);
    }

    private Map<String, String> edit() {
        JsonNode d = api.get("thuky.hoachung", "/api/dossiers/" + hoaChung).getBody();
        JsonNode n = d.get("nominees").get(0);
        return Map.of("awardCode", "LDTT", "periodYear", d.get("periodYear").asText(),
                "movement", "Phong trào sửa trên trang", "version", d.get("version").asText(),
                "nominees[0].id", n.get("id").asText(), "nominees[0].kind", "INDIVIDUAL",
                "nominees[0].fullName", n.get("fullName").asText(), "nominees[0].cccd", n.get("cccd").asText(),
                "nominees[0].birthDate", n.get("birthDate").asText());
    }

    private String movement() {
        return jdbc.sql("select movement from dossier where id = ?").param(hoaChung).query(String.class).single();
    }

    private void assertUnchanged() {
        assertThat(movement()).isEqualTo("Dạy tốt, học tốt");
        assertThat(jdbc.sql("select status from dossier where id = ?").param(hoaChung).query(String.class).single())
                .isEqualTo("DRAFT");
        assertThat(jdbc.sql("select count(*) from dossier_document where dossier_id = ?").param(hoaChung)
                .query(Long.class).single()).isEqualTo(1);
    }
}
