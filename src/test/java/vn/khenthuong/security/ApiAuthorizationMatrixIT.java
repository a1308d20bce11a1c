package vn.khenthuong.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

import vn.khenthuong.PostgresIntegrationTest;

/**
 * Every demo role against the endpoints of the API: only the allowed combinations succeed. The
 * dossier is the demo's CSTĐ cơ sở dossier of Trường Tiểu học Hòa Chung, waiting at its district.
 */
@PostgresIntegrationTest
class ApiAuthorizationMatrixIT {

    private static final List<String> ROLES = List.of("anonymous", "thuky.hoachung", "thuky.thpttk", "noivu.tpcb",
            "hoidong.tpcb", "chutich.tpcb", "noivu.tk", "bantdkt", "chutich.tinh", "kiemtra", "admin");

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;

    private long dossierAtDistrict;

    @BeforeEach
    void demoDossier() {
        dossierAtDistrict = jdbc.sql("""
                select min(id) from dossier where created_by = 'thuky.hoachung' and award_code = 'CSTD_CS'
                and status = 'SUBMITTED' and reached_province = false""").query(Long.class).single();
    }

    @Test
    void readingADossierWaitingAtItsDistrict() {
        assertMatrix(HttpMethod.GET, "/api/dossiers/" + dossierAtDistrict, null, Map.of(
                "anonymous", 401, "thuky.hoachung", 200, "thuky.thpttk", 404, "noivu.tpcb", 200,
                "hoidong.tpcb", 200, "chutich.tpcb", 200, "noivu.tk", 404, "bantdkt", 404, "chutich.tinh", 404,
                "kiemtra", 200), 200);
    }

    @Test
    void onlyTheUnitsSecretaryWritesItsDossier() {
        String edit = """
                {"awardCode": "CSTD_CS", "periodYear": 2026, "nominees": []}""";
        assertMatrix(HttpMethod.POST, "/api/dossiers/" + dossierAtDistrict + "/withdraw", json("{}"), Map.of(
                "anonymous", 401, "thuky.thpttk", 404, "noivu.tpcb", 403, "hoidong.tpcb", 403, "chutich.tpcb", 403,
                "noivu.tk", 404, "bantdkt", 404, "chutich.tinh", 404, "kiemtra", 403, "admin", 403), null);
        assertMatrix(HttpMethod.PUT, "/api/dossiers/" + dossierAtDistrict, json(edit), Map.of(
                "anonymous", 401, "thuky.thpttk", 404, "noivu.tpcb", 403, "kiemtra", 403, "admin", 403,
                "thuky.hoachung", 409), null);
    }

    @Test
    void onlySecretariesCreateDossiers() {
        String draft = """
                {"awardCode": "LDTT", "periodYear": 2026, "nominees": [{"kind": "INDIVIDUAL", "fullName": "Vi Thị Ma Trận",
                 "cccd": "004190777777", "birthDate": "1990-01-01", "dutyRating": "HTT", "monthsOfService": 12}]}""";
        assertMatrix(HttpMethod.POST, "/api/dossiers", json(draft), Map.of("anonymous", 401, "thuky.hoachung", 201,
                "thuky.thpttk", 201), 403);
    }

    @Test
    void theAuditLogIsForAuditors() {
        assertMatrix(HttpMethod.GET, "/api/audit/verify", null, Map.of("anonymous", 401, "kiemtra", 200, "admin", 200),
                403);
    }

    @Test
    void aDistrictDecisionIsReadByThoseItConcernsAndDraftedOnlyByTheDistrictsStaff() {
        long demoDraft = jdbc.sql("select min(id) from award_decision where issuing_body = 'tpcb'").query(Long.class).single();
        assertMatrix(HttpMethod.GET, "/api/decisions/" + demoDraft, null, Map.of(
                "anonymous", 401, "thuky.hoachung", 200, "thuky.thpttk", 404, "noivu.tpcb", 200, "hoidong.tpcb", 200,
                "chutich.tpcb", 200, "noivu.tk", 404, "bantdkt", 404, "chutich.tinh", 404, "kiemtra", 200), 200);
        // staff get as far as the content check (400: nobody chosen); no one else may open a draft
        assertMatrix(HttpMethod.POST, "/api/decisions", json("""
                {"awardCode": "LDTT", "nomineeIds": [], "achievement": "đã có thành tích"}"""), Map.of(
                "anonymous", 401, "noivu.tpcb", 400, "noivu.tk", 400, "bantdkt", 400), 403);
    }

    @Test
    void onlyTheProvincialBoardImportsTheRegistry() {
        assertMatrix(HttpMethod.POST, "/api/registry/import", csv(), Map.of("anonymous", 401, "bantdkt", 200,
                "admin", 200), 403);
    }

    @Test
    void everyoneSignedInReadsTheirNotificationsAndTheCatalogue() {
        assertMatrix(HttpMethod.GET, "/api/notifications", null, Map.of("anonymous", 401), 200);
        assertMatrix(HttpMethod.GET, "/api/awards", null, Map.of("anonymous", 401), 200);
        assertMatrix(HttpMethod.GET, "/engine-rest/task", null, Map.of("anonymous", 401), 200);
    }

    /** Calls the endpoint as every role; {@code others} is the status of roles not listed (null: not called). */
    private void assertMatrix(HttpMethod method, String path, HttpEntity<?> body, Map<String, Integer> expected,
            Integer others) {
        Map<String, Integer> want = new LinkedHashMap<>();
        Map<String, Integer> got = new LinkedHashMap<>();
        for (String role : ROLES) {
            Integer status = expected.getOrDefault(role, others);
            if (status == null) {
                continue;
            }
            TestRestTemplate as = role.equals("anonymous") ? http : http.withBasicAuth(role, "demo");
            want.put(role, status);
            got.put(role, as.exchange(path, method, body, String.class).getStatusCode().value());
        }
        assertThat(got).as(method + " " + path).containsExactlyEntriesOf(want);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static HttpEntity<LinkedMultiValueMap<String, Object>> csv() {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(
                "loai,cccd,ma_tap_the,ho_ten,don_vi,danh_hieu,nam,loai_khen,so_quyet_dinh,ngay_quyet_dinh,co_quan_quyet_dinh\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "so-khen-thuong.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(form, headers);
    }

}
