package vn.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.testsupport.DossierApiClient;
import vn.khenthuong.testsupport.PageSession;

/**
 * Lists of dossiers come a page at a time, newest first, each page continuing under the last dossier of the
 * one before (an index range, however many years of history): the API by its Link header, the page by
 * "Hồ sơ cũ hơn".
 */
@PostgresIntegrationTest
class DossierListPagingIT {

    private static final String SECRETARY = "thuky.hoachung";
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void theApiPagesThroughEveryDossierOnceNewestFirst() {
        DossierApiClient api = new DossierApiClient(rest);
        for (int i = 0; i < 3; i++) {
            api.createDraft(SECRETARY, "LDTT");
        }
        int total = jdbc.sql("select count(*) from dossier where unit_code = 'thhoachung'").query(Integer.class).single();

        List<Long> seen = new ArrayList<>();
        String url = "/api/dossiers?unit=thhoachung&size=7";
        while (url != null) {
            ResponseEntity<JsonNode> page = api.get(SECRETARY, url);
            assertThat(page.getStatusCode().value()).isEqualTo(200);
            assertThat(page.getBody().size()).isLessThanOrEqualTo(7);
            page.getBody().forEach(d -> seen.add(d.get("id").asLong()));
            String link = page.getHeaders().getFirst(HttpHeaders.LINK);
            Matcher next = link == null ? null : NEXT.matcher(link);
            url = next != null && next.find() ? next.group(1).replaceFirst("^https?://[^/]+", "") : null;
        }
        assertThat(seen).hasSize(total).doesNotHaveDuplicates();
        assertThat(seen).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void aPageSizeOutOfRangeIsRefusedInVietnamese() {
        ResponseEntity<JsonNode> answer = new DossierApiClient(rest).get(SECRETARY, "/api/dossiers?size=0");
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().get("message").asText()).isEqualTo("Số hồ sơ mỗi trang phải từ 1 đến 500");
    }

    @Test
    void theSecretarysListShowsFiftyAndOlderOnesOnTheNextPage() {
        DossierApiClient api = new DossierApiClient(rest);
        while (jdbc.sql("select count(*) from dossier where unit_code = 'thhoachung'").query(Integer.class).single() <= 55) {
            api.createDraft(SECRETARY, "LDTT");
        }
        PageSession secretary = PageSession.signIn(port, SECRETARY);
        String first = secretary.get("/ho-so").body();
        Matcher older = Pattern.compile("id=\"cu-hon\"\\s+href=\"([^\"]+)\"").matcher(first);
        assertThat(older.find()).as("a link to older dossiers").isTrue();
        Set<String> codes = codes(first);
        assertThat(codes).hasSize(50);

        String second = secretary.get(older.group(1).replace("&amp;", "&")).body();
        assertThat(second).contains("« Hồ sơ mới nhất");
        assertThat(codes(second)).isNotEmpty().doesNotContainAnyElementsOf(codes);
    }

    @Test
    void theAuditorsSearchShowsAHundredAndOlderOnesOnTheNextPage() {
        DossierApiClient api = new DossierApiClient(rest);
        while (jdbc.sql("select count(*) from dossier").query(Integer.class).single() <= 105) {
            api.createDraft(SECRETARY, "LDTT");
        }
        PageSession auditor = PageSession.signIn(port, "kiemtra");
        String first = auditor.get("/kiem-toan?nam=").body();
        assertThat(first).contains("<span>100</span> hồ sơ<span> trên trang này");
        Matcher older = Pattern.compile("id=\"cu-hon\"\\s+href=\"([^\"]+)\"").matcher(first);
        assertThat(older.find()).isTrue();
        Set<String> codes = codes(first);
        assertThat(codes).hasSize(100);

        String second = auditor.get(older.group(1).replace("&amp;", "&").replaceFirst("^https?://[^/]+", "")).body();
        assertThat(codes(second)).isNotEmpty().doesNotContainAnyElementsOf(codes);
        assertThat(second).contains("« Hồ sơ mới nhất");
    }

    private static Set<String> codes(String page) {
        Set<String> codes = new HashSet<>();
        Matcher m = Pattern.compile(">(HS-\\d{4}-\\d{6})</a>").matcher(page);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }
}
