package vn.khenthuong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.testsupport.PageSession;

/**
 * Every demo role against every page, signed in through the sign-in form as a person would: only the
 * allowed combinations succeed; someone not signed in is sent to the sign-in page (302).
 */
@PostgresIntegrationTest
class PageAuthorizationMatrixIT {

    /** In an expected matrix: this role is not called. */
    private static final int NOT_CALLED = -1;

    private static final List<String> ROLES = List.of("anonymous", "thuky.hoachung", "thuky.thpttk", "noivu.tpcb",
            "hoidong.tpcb", "chutich.tpcb", "noivu.tk", "bantdkt", "chutich.tinh", "kiemtra", "admin");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final Map<String, PageSession> sessions = new LinkedHashMap<>();
    private long atDistrict;
    private long draft;

    @BeforeEach
    void demoDossiers() {
        atDistrict = jdbc.sql("""
                select min(id) from dossier where created_by = 'thuky.hoachung' and award_code = 'CSTD_CS'
                and status = 'SUBMITTED' and reached_province = false""").query(Long.class).single();
        draft = jdbc.sql("select min(id) from dossier where created_by = 'thuky.hoachung' and award_code = 'GK' and status = 'DRAFT'")
                .query(Long.class).single();
    }

    @Test
    void dossierPages() {
        assertMatrix("GET /ho-so", s -> s.status("/ho-so"), Map.of("anonymous", 302), 200);
        assertMatrix("GET /ho-so/moi", s -> s.status("/ho-so/moi"), Map.of("anonymous", 302, "thuky.hoachung", 200,
                "thuky.thpttk", 200), 403);
        assertMatrix("GET edit of a draft", s -> s.status("/ho-so/" + draft + "/sua"), Map.of("anonymous", 302,
                "thuky.hoachung", 200, "kiemtra", 403, "admin", 403), 404);
        assertMatrix("POST check of a draft", s -> s.post("/ho-so/" + draft + "/kiem-tra", Map.of()).statusCode(),
                Map.of("anonymous", 302, "thuky.hoachung", 302, "kiemtra", 403, "admin", 403), 404);
        assertMatrix("POST submit of a draft", s -> s.post("/ho-so/" + draft + "/nop", Map.of()).statusCode(),
                Map.of("anonymous", 302, "kiemtra", 403, "admin", 403, "noivu.tpcb", 404, "thuky.thpttk", 404), null);
    }

    /** Whoever may not act gets the 403 page (404: may not see the dossier) before the form is read at all. */
    @Test
    void dossierFormsThatMayNotBeSentAreRefusedWhateverTheyHold() {
        Map<String, String> empty = Map.of();
        Map<String, String> broken = Map.of("addNominee", "KHONG_CO", "periodYear", "năm nay", "nominees[0].kind", "?");
        Map<String, Integer> creators = Map.of("anonymous", 302, "thuky.hoachung", 200, "thuky.thpttk", 200);
        assertMatrix("POST an empty new dossier", s -> s.post("/ho-so", empty).statusCode(), creators, 403);
        assertMatrix("POST a broken new dossier", s -> s.post("/ho-so", broken).statusCode(),
                Map.of("anonymous", 302, "thuky.hoachung", 404, "thuky.thpttk", 404), 403);

        // the draft is Hòa Chung's: the auditor and admins read it, nobody else sees it
        Map<String, Integer> draftWriters = Map.of("anonymous", 302, "kiemtra", 403, "admin", 403);
        assertMatrix("POST an empty edit", s -> s.post("/ho-so/" + draft, empty).statusCode(),
                with(draftWriters, "thuky.hoachung", 200), 404);
        assertMatrix("POST a broken edit", s -> s.post("/ho-so/" + draft, broken).statusCode(),
                with(draftWriters, "thuky.hoachung", 404), 404);
        assertMatrix("POST an upload that is no upload", s -> s.post("/ho-so/" + draft + "/tai-lieu", empty).statusCode(),
                with(draftWriters, "thuky.hoachung", NOT_CALLED), 404);
        assertMatrix("POST removal of no document", s -> s.post("/ho-so/" + draft + "/tai-lieu/khong-co/xoa", empty)
                .statusCode(), with(draftWriters, "thuky.hoachung", 404), 404);
        assertMatrix("POST submit with a response of a draft", s -> s.post("/ho-so/" + draft + "/nop",
                Map.of("response", "x".repeat(5000))).statusCode(), with(draftWriters, "thuky.hoachung", NOT_CALLED), 404);
        // without a reason nothing is withdrawn: the owner is sent back to write one
        assertMatrix("POST withdrawal without a reason", s -> s.post("/ho-so/" + draft + "/rut", empty).statusCode(),
                with(draftWriters, "thuky.hoachung", 302), 404);
        // the district's reviewers see the submitted dossier but may not withdraw it for the unit
        Map<String, Integer> seeing = new LinkedHashMap<>(with(draftWriters, "thuky.hoachung", NOT_CALLED));
        List.of("noivu.tpcb", "hoidong.tpcb", "chutich.tpcb").forEach(reviewer -> seeing.put(reviewer, 403));
        assertMatrix("POST withdrawal of a submitted dossier by others", s -> s.post("/ho-so/" + atDistrict + "/rut",
                Map.of("reason", "Giả mạo")).statusCode(), seeing, 404);
    }

    @Test
    void decisionFormsThatMayNotBeSentAreRefusedWhateverTheyHold() {
        long demoDraft = jdbc.sql("select min(id) from award_decision where issuing_body = 'tpcb'").query(Long.class).single();
        Map<String, String> broken = Map.of("nomineeIds", "khong-phai-so", "award", "");
        assertMatrix("POST a broken draft", s -> s.post("/quyet-dinh", broken).statusCode(), Map.of("anonymous", 302,
                "noivu.tpcb", 200, "noivu.tk", 200, "bantdkt", 200), 403);
        assertMatrix("POST a broken revision", s -> s.post("/quyet-dinh/" + demoDraft + "/sua", broken).statusCode(),
                Map.of("anonymous", 302, "noivu.tpcb", 302, "thuky.thpttk", 404, "noivu.tk", 404, "bantdkt", 404,
                        "chutich.tinh", 404), 403);
    }

    /** A post without the page's CSRF token (a form on another site) gets the Vietnamese 403 page, not a 405. */
    @Test
    void aPostWithoutTheFormsTokenGetsTheForbiddenPage() {
        for (String token : new String[] {null, "ma-gia"}) {
            assertMatrix("POST check without the token", s -> {
                HttpResponse<String> refused = s.post("/ho-so/" + draft + "/kiem-tra", Map.of(), token);
                assertThat(refused.body()).contains("Bạn không có quyền xem trang này hoặc thực hiện thao tác này.");
                return refused.statusCode();
            }, Map.of(), 403);
        }
        assertThat(jdbc.sql("select status from dossier where id = ?").param(draft).query(String.class).single())
                .isEqualTo("DRAFT");
    }

    private static Map<String, Integer> with(Map<String, Integer> matrix, String role, int status) {
        Map<String, Integer> more = new LinkedHashMap<>(matrix);
        more.put(role, status);
        return more;
    }

    @Test
    void theDossierPageItsHistoryAndDiagramAreReadAsTheDossierIs() {
        Map<String, Integer> readers = Map.of("anonymous", 302, "thuky.hoachung", 200, "noivu.tpcb", 200,
                "hoidong.tpcb", 200, "chutich.tpcb", 200, "kiemtra", 200, "admin", 200);
        assertMatrix("GET dossier page", s -> s.status("/ho-so/" + atDistrict), readers, 404);
        assertMatrix("GET history PDF", s -> s.status("/ho-so/" + atDistrict + "/lich-su.pdf"), readers, 404);
        assertMatrix("GET diagram", s -> s.status("/ho-so/" + atDistrict + "/so-do.bpmn"), readers, 404);
    }

    @Test
    void theAuditPagesAreForAuditors() {
        Map<String, Integer> auditors = Map.of("anonymous", 302, "kiemtra", 200, "admin", 200);
        assertMatrix("GET /kiem-toan", s -> s.status("/kiem-toan?cccd=004085001234"), auditors, 403);
        assertMatrix("GET /kiem-toan/xuat.csv", s -> s.status("/kiem-toan/xuat.csv?status=SUBMITTED"), auditors, 403);
        assertMatrix("GET /kiem-toan/chuoi-nhat-ky", s -> s.status("/kiem-toan/chuoi-nhat-ky"), auditors, 403);
        assertMatrix("GET /xac-minh", s -> s.status("/xac-minh"), Map.of("anonymous", 302), 200);
    }

    @Test
    void decisionPages() {
        long demoDraft = jdbc.sql("select min(id) from award_decision where issuing_body = 'tpcb'").query(Long.class).single();
        assertMatrix("GET /quyet-dinh", s -> s.status("/quyet-dinh"), Map.of("anonymous", 302), 200);
        assertMatrix("GET a district decision", s -> s.status("/quyet-dinh/" + demoDraft), Map.of("anonymous", 302,
                "thuky.hoachung", 200, "noivu.tpcb", 200, "hoidong.tpcb", 200, "chutich.tpcb", 200, "kiemtra", 200,
                "admin", 200), 404);
        assertMatrix("GET /quyet-dinh/moi", s -> s.status("/quyet-dinh/moi"), Map.of("anonymous", 302,
                "noivu.tpcb", 200, "noivu.tk", 200, "bantdkt", 200), 403);
    }

    @Test
    void statisticsPagesShowEachTheirOwnScope() {
        Map<String, Integer> province = Map.of("anonymous", 302, "bantdkt", 200, "chutich.tinh", 200, "kiemtra", 200,
                "admin", 200);
        assertMatrix("GET /thong-ke", s -> s.status("/thong-ke"), Map.of("anonymous", 302), 200);
        assertMatrix("GET /thong-ke of the province", s -> s.status("/thong-ke?org=caobang"), province, 403);
        Map<String, Integer> district = new LinkedHashMap<>(province);
        district.putAll(Map.of("noivu.tpcb", 200, "hoidong.tpcb", 200, "chutich.tpcb", 200));
        assertMatrix("GET /thong-ke of Thành phố Cao Bằng", s -> s.status("/thong-ke/xuat.xlsx?org=tpcb"), district, 403);
        district.put("thuky.hoachung", 200);
        assertMatrix("GET the list behind a figure of a school", s -> s.status("/thong-ke/danh-sach.csv?org=thhoachung"),
                district, 403);
    }

    private void assertMatrix(String what, ToIntFunction<PageSession> call, Map<String, Integer> expected, Integer others) {
        Map<String, Integer> want = new LinkedHashMap<>();
        Map<String, Integer> got = new LinkedHashMap<>();
        for (String role : ROLES) {
            Integer status = expected.getOrDefault(role, others);
            if (status == null || status == NOT_CALLED) {
                continue;
            }
            want.put(role, status);
            got.put(role, call.applyAsInt(session(role)));
        }
        assertThat(got).as(what).containsExactlyEntriesOf(want);
    }

    private PageSession session(String role) {
        String base = "http://localhost:" + port;
        return sessions.computeIfAbsent(role, r -> r.equals("anonymous") ? PageSession.anonymous(base)
                : PageSession.signedIn(base, r, "demo"));
    }
}
