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

    /** Bodies no endpoint accepts: whoever may not write learns that (403, or 404) and nothing about the body. */
    private static final List<String> INVALID_JSON = List.of("{}", "{", "", "[]", "{\"nominees\": 5}");

    @Test
    void rolesThatMayNotCreateADossierAreRefusedWhateverTheySend() {
        for (String body : INVALID_JSON) {
            assertMatrix(HttpMethod.POST, "/api/dossiers", json(body), Map.of("anonymous", 401,
                    "thuky.hoachung", 400, "thuky.thpttk", 400), 403);
        }
    }

    @Test
    void rolesThatMayNotChangeTheDossierAreRefusedWhateverTheySend() {
        String dossier = "/api/dossiers/" + dossierAtDistrict;
        // readers that may not write: 403; those who may not even see it: 404; its secretary: the body's fault
        Map<String, Integer> writers = Map.of("anonymous", 401, "thuky.hoachung", 400, "thuky.thpttk", 404,
                "noivu.tk", 404, "bantdkt", 404, "chutich.tinh", 404);
        for (String body : INVALID_JSON) {
            assertMatrix(HttpMethod.PUT, dossier, json(body), writers, 403);
        }
        // an empty body is a valid submission or withdrawal: only broken ones are sent to the secretary
        for (String action : List.of("/submit", "/withdraw")) {
            assertMatrix(HttpMethod.POST, dossier + action, json("{"), writers, 403);
            assertMatrix(HttpMethod.POST, dossier + action, json("{\"reason\": [], \"response\": []}"), writers, 403);
        }
        assertMatrix(HttpMethod.POST, dossier + "/documents", multipart(Map.of("kind", "KHONG_CO")), writers, 403);
        assertMatrix(HttpMethod.POST, dossier + "/documents", multipart(Map.of()), writers, 403);
        assertMatrix(HttpMethod.DELETE, dossier + "/documents/khong-phai-so", null, writers, 403);
        assertMatrix(HttpMethod.PUT, "/api/dossiers/khong-phai-so", json("{}"), Map.of("anonymous", 401), 404);
        assertThat(jdbc.sql("select status from dossier where id = ?").param(dossierAtDistrict).query(String.class)
                .single()).isEqualTo("SUBMITTED");
    }

    @Test
    void onlyAdministratorsGetAsFarAsTheBodyOfTheOrganisationTreeSettingsAndCalendar() {
        for (String path : List.of("/api/organisations", "/api/settings", "/api/calendar")) {
            for (String body : INVALID_JSON) {
                assertMatrix(HttpMethod.POST, path, json(body), Map.of("anonymous", 401, "admin", 400), 403);
            }
        }
    }

    @Test
    void onlyTheProvincialBoardGetsAsFarAsTheFileOfARegistryImport() {
        assertMatrix(HttpMethod.POST, "/api/registry/import", multipart(Map.of()), Map.of("anonymous", 401,
                "bantdkt", 400, "admin", 400), 403);
        assertMatrix(HttpMethod.POST, "/api/registry/import", multipart(Map.of("file", "")), Map.of("anonymous", 401,
                "bantdkt", 400, "admin", 400), 403);
    }

    @Test
    void onlyTheStaffGetAsFarAsTheBodyOfADraftDecision() {
        for (String body : INVALID_JSON) {
            assertMatrix(HttpMethod.POST, "/api/decisions", json(body), Map.of("anonymous", 401,
                    "noivu.tpcb", 400, "noivu.tk", 400, "bantdkt", 400), 403);
        }
        long demoDraft = jdbc.sql("select min(id) from award_decision where issuing_body = 'tpcb'").query(Long.class).single();
        for (String body : List.of("{", "[]", "{\"nomineeIds\": \"x\"}")) {
            assertMatrix(HttpMethod.PUT, "/api/decisions/" + demoDraft, json(body), Map.of("anonymous", 401,
                    "noivu.tpcb", 400, "thuky.thpttk", 404, "noivu.tk", 404, "bantdkt", 404, "chutich.tinh", 404), 403);
        }
    }

    @Test
    void theAuditorMarksNoNotificationRead() {
        assertMatrix(HttpMethod.POST, "/api/notifications/khong-phai-so/read", null, Map.of("anonymous", 401,
                "kiemtra", 403, "admin", 403), 400);
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

    private static HttpEntity<LinkedMultiValueMap<String, Object>> multipart(Map<String, String> fields) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(form, headers);
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
