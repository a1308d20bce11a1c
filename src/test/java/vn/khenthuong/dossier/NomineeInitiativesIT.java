package vn.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import static vn.khenthuong.testsupport.DossierApiClient.collective;
import static vn.khenthuong.testsupport.DossierApiClient.dossier;
import static vn.khenthuong.testsupport.DossierApiClient.individual;
import static vn.khenthuong.testsupport.DossierApiClient.initiative;
import static vn.khenthuong.testsupport.DossierApiClient.withProvincialInitiative;

import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.registry.AwardRegistry;
import vn.khenthuong.registry.MeritKind;
import vn.khenthuong.registry.RegistryEntry;
import vn.khenthuong.registry.RegistrySource;
import vn.khenthuong.registry.SubjectKind;
import vn.khenthuong.testsupport.DossierApiClient;
import vn.khenthuong.testsupport.PageSession;

/**
 * A person's recognised initiatives (sáng kiến, đề tài khoa học, giải pháp) through the JSON API and the
 * secretary's pages, and the provincial-scope initiative Chiến sĩ thi đua cấp tỉnh needs.
 */
@PostgresIntegrationTest
class NomineeInitiativesIT {

    private static final String SECRETARY = "thuky.hoachung";
    private static final String PROVINCIAL = "Dạy tiếng Việt cho học sinh lớp 1 qua trò chơi dân gian";

    @Autowired TestRestTemplate rest;
    @Autowired JdbcClient jdbc;
    @Autowired AwardRegistry registry;
    @LocalServerPort int port;

    private DossierApiClient api;
    private String name;

    @BeforeEach
    void client() {
        api = new DossierApiClient(rest);
        name = "Nông Văn Sáng " + Integer.toString(ThreadLocalRandom.current().nextInt(1000, 10_000));
    }

    @Test
    void theApiStoresAPersonsInitiativesCleanAndReadsThemBack() {
        ObjectNode person = individual(name);
        person.remove("initiativeCount");
        person.putArray("initiatives")
                .add(initiative("SANG_KIEN", Normalizer.normalize("  Dạy học   STEM ở vùng cao ", Normalizer.Form.NFD),
                        "Hội đồng sáng kiến Trường Tiểu học Hòa Chung", "2024-05-20", null, "UNIT"))
                .add(initiative("GIAI_PHAP", PROVINCIAL, "Hội đồng sáng kiến tỉnh Cao Bằng", "2025-10-15", "1520/QĐ-UBND",
                        "PROVINCE"));

        JsonNode created = api.created(SECRETARY, dossier(null, "CSTD_T", person));

        JsonNode nominee = DossierApiClient.nominee(created, name);
        assertThat(nominee.get("initiativeCount").asInt()).isEqualTo(2);
        JsonNode unit = nominee.get("initiatives").get(0);
        assertThat(unit.get("kind").asText()).isEqualTo("SANG_KIEN");
        assertThat(unit.get("kindLabel").asText()).isEqualTo("Sáng kiến");
        assertThat(unit.get("title").asText()).isEqualTo("Dạy học STEM ở vùng cao")
                .isEqualTo(Normalizer.normalize("Dạy học STEM ở vùng cao", Normalizer.Form.NFC));
        assertThat(unit.get("recognisedOn").asText()).isEqualTo("2024-05-20");
        assertThat(unit.hasNonNull("reference")).isFalse();
        assertThat(unit.get("scopeLabel").asText()).isEqualTo("Cơ sở");
        JsonNode provincial = nominee.get("initiatives").get(1);
        assertThat(provincial.get("scope").asText()).isEqualTo("PROVINCE");
        assertThat(provincial.get("reference").asText()).isEqualTo("1520/QĐ-UBND");
        assertThat(provincial.get("description").asText()).isEqualTo("Giải pháp \"" + PROVINCIAL
                + "\" — Hội đồng sáng kiến tỉnh Cao Bằng công nhận ngày 15/10/2025 (số 1520/QĐ-UBND), phạm vi ảnh hưởng cấp tỉnh");
        long id = created.get("id").asLong();
        long nomineeId = nominee.get("id").asLong();
        assertThat(jdbc.sql("select initiative_count from nominee where id = ?").param(nomineeId).query(Integer.class)
                .single()).isEqualTo(2);
        assertThat(api.get(SECRETARY, "/api/dossiers/" + id).getBody()).isEqualTo(created);

        // a client written before the list: sends the count it read, and the list stays
        ObjectNode old = individual(name);
        old.put("id", nomineeId);
        old.put("initiativeCount", 2);
        ObjectNode edit = dossier(null, "CSTD_T", old);
        edit.put("version", 0);
        JsonNode kept = api.put(SECRETARY, "/api/dossiers/" + id, edit).getBody();
        assertThat(DossierApiClient.nominee(kept, name).get("initiatives")).hasSize(2);

        old.put("initiativeCount", 3);
        edit.put("version", 1);
        ResponseEntity<JsonNode> mismatch = api.put(SECRETARY, "/api/dossiers/" + id, edit);
        assertThat(mismatch.getStatusCode().value()).isEqualTo(400);
        assertThat(mismatch.getBody().get("field").asText()).isEqualTo("nominees[0].initiativeCount");
        assertThat(mismatch.getBody().get("message").asText()).isEqualTo("Số sáng kiến được công nhận (3) khác số sáng"
                + " kiến, đề tài, giải pháp đã kê khai của " + name + " (2): bỏ trống số này để tính theo danh sách");

        old.put("initiativeCount", 1);
        old.putArray("initiatives");
        JsonNode cleared = api.put(SECRETARY, "/api/dossiers/" + id, edit).getBody();
        assertThat(DossierApiClient.nominee(cleared, name).get("initiatives")).isEmpty();
        assertThat(DossierApiClient.nominee(cleared, name).get("initiativeCount").asInt()).as("as declared").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from nominee_initiative where nominee_id = ?").param(nomineeId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void chienSiThiDuaCapTinhNeedsAnInitiativeRecognisedAtProvincialScope() {
        ObjectNode person = individual(name);
        person.remove("initiativeCount");
        person.putArray("initiatives").add(initiative("SANG_KIEN", "Dạy học STEM ở vùng cao",
                "Hội đồng sáng kiến Trường Tiểu học Hòa Chung", "2024-05-20", null, "UNIT"));
        JsonNode created = api.created(SECRETARY, dossier(null, "CSTD_T", person));
        long id = created.get("id").asLong();
        String cccd = DossierApiClient.nominee(created, name).get("cccd").asText();
        for (int year = 2023; year <= 2025; year++) {
            registry.record(new RegistryEntry(null, SubjectKind.INDIVIDUAL, cccd, null, name, "thhoachung", "CSTD_CS",
                    year, null, null, MeritKind.MERIT, year - 2000 + "/QĐ-UBND", LocalDate.of(year, 12, 20),
                    "Chủ tịch UBND Thành phố Cao Bằng", RegistrySource.IMPORT, null, null, "nomineeinitiativesit", null));
        }
        api.attachMissingDocuments(SECRETARY, id);

        JsonNode check = api.post(SECRETARY, "/api/dossiers/" + id + "/check", null).getBody();

        assertThat(errors(check)).as(check.toString()).containsExactly("PROVINCIAL_INITIATIVE: " + name
                + ": chưa có sáng kiến, đề tài khoa học hoặc giải pháp được công nhận hiệu quả áp dụng, phạm vi ảnh hưởng"
                + " cấp tỉnh trở lên (sáng kiến \"Dạy học STEM ở vùng cao\" chỉ được công nhận phạm vi cơ sở)"
                + " — điều kiện Chiến sĩ thi đua cấp tỉnh theo điểm b khoản 1 Điều 22 Luật Thi đua, khen thưởng năm 2022");

        ObjectNode eligible = withProvincialInitiative(name);
        eligible.put("id", DossierApiClient.nominee(created, name).get("id").asLong());
        eligible.put("cccd", cccd);
        assertThat(api.put(SECRETARY, "/api/dossiers/" + id, dossier(null, "CSTD_T", eligible)).getStatusCode().value())
                .isEqualTo(200);
        JsonNode recheck = api.post(SECRETARY, "/api/dossiers/" + id + "/check", null).getBody();
        assertThat(errors(recheck)).as(recheck.toString()).isEmpty();
    }

    @Test
    void theDemosChienSiThiDuaCapTinhDraftPassesTheChecks() {
        long id = jdbc.sql("""
                select min(d.id) from dossier d join nominee n on n.dossier_id = d.id
                where d.award_code = 'CSTD_T' and d.created_by = ? and n.cccd = '004085001234'""")
                .param(SECRETARY).query(Long.class).single();

        JsonNode thanh = DossierApiClient.nominee(api.get(SECRETARY, "/api/dossiers/" + id).getBody(), "Nông Văn Thành");
        assertThat(thanh.get("initiatives").findValuesAsText("scope")).containsExactly("UNIT", "PROVINCE");
        JsonNode check = api.post(SECRETARY, "/api/dossiers/" + id + "/check", null).getBody();
        assertThat(errors(check)).as(check.toString()).isEmpty();
    }

    @Test
    void aCountDeclaredWithoutTheListStillSavesButDoesNotMakeAChienSiThiDuaCapTinh() {
        JsonNode created = api.created(SECRETARY, dossier(null, "CSTD_T", individual(name)));

        JsonNode nominee = DossierApiClient.nominee(created, name);
        assertThat(nominee.get("initiativeCount").asInt()).isEqualTo(1);
        assertThat(nominee.get("initiatives")).isEmpty();
        JsonNode check = api.post(SECRETARY, "/api/dossiers/" + created.get("id").asLong() + "/check", null).getBody();
        assertThat(errors(check)).as(check.toString()).contains("PROVINCIAL_INITIATIVE: " + name
                + ": chưa có sáng kiến, đề tài khoa học hoặc giải pháp được công nhận hiệu quả áp dụng, phạm vi ảnh hưởng"
                + " cấp tỉnh trở lên (đã khai 1 sáng kiến nhưng chưa kê khai tên, nơi công nhận, ngày công nhận và phạm vi"
                + " ảnh hưởng) — điều kiện Chiến sĩ thi đua cấp tỉnh theo điểm b khoản 1 Điều 22 Luật Thi đua, khen thưởng"
                + " năm 2022");
    }

    @Test
    void badInitiativesAreRefusedInVietnameseOnTheirField() {
        ObjectNode noTitle = withProvincialInitiative(name);
        ((ObjectNode) noTitle.get("initiatives").get(0)).remove("title");
        assertRefused(dossier(null, "CSTD_T", noTitle), "nominees[0].initiatives[0].title",
                "Chưa nhập tên sáng kiến, đề tài, giải pháp");

        ObjectNode future = withProvincialInitiative(name);
        ((ObjectNode) future.get("initiatives").get(0)).put("recognisedOn", "2099-01-01");
        assertRefused(dossier(null, "CSTD_T", future), "nominees[0].initiatives[0].recognisedOn",
                "Ngày công nhận giải pháp \"" + PROVINCIAL + "\" (01/01/2099) ở sau ngày hôm nay: chỉ kê khai sáng kiến,"
                        + " đề tài, giải pháp đã được công nhận");

        ObjectNode team = collective("Tổ Khối 5 " + name, "thhoachung-k5");
        team.putArray("initiatives").add(initiative("SANG_KIEN", "Thư viện xanh", "Hội đồng sáng kiến tỉnh Cao Bằng",
                "2025-10-15", null, "PROVINCE"));
        assertRefused(dossier(null, "GK", team), "nominees[0].initiatives",
                "Chỉ cá nhân mới kê khai sáng kiến, đề tài, giải pháp; tập thể Tổ Khối 5 " + name + " không có mục này");

        assertThat(jdbc.sql("select count(*) from nominee where full_name like ?").param("%" + name)
                .query(Long.class).single()).as("nothing stored").isZero();
    }

    @Test
    void theSecretaryListsInitiativesOnTheDossierPageAndReadsThemOnTheDossiersPage() {
        PageSession page = PageSession.signIn(port, SECRETARY);
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(Map.entry("awardCode", "CSTD_T"),
                Map.entry("periodYear", "2025"), Map.entry("movement", "Dạy tốt, học tốt"),
                Map.entry("nominees[0].kind", "INDIVIDUAL"), Map.entry("nominees[0].fullName", name),
                Map.entry("nominees[0].cccd", DossierApiClient.randomCccd()),
                Map.entry("nominees[0].birthDate", "15/05/1985"), Map.entry("nominees[0].dutyRating", "HTXS"),
                Map.entry("nominees[0].monthsOfService", "12")));

        List<Map.Entry<String, String>> adding = new ArrayList<>(form);
        adding.add(Map.entry("addInitiative", "0"));
        HttpResponse<String> added = page.post("/ho-so", adding);
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body()).contains("id=\"n0-i0-title\"", "id=\"n0-i0-scope\"", "Cơ quan, hội đồng công nhận",
                "Phạm vi ảnh hưởng được công nhận", "Bỏ sáng kiến, đề tài, giải pháp thứ 1")
                .containsPattern("id=\"n0-i0-title\"[^>]*autofocus")
                .doesNotContain("id=\"n0-initiativeCount\"");

        form.addAll(List.of(Map.entry("nominees[0].initiatives[0].kind", "GIAI_PHAP"),
                Map.entry("nominees[0].initiatives[0].title", PROVINCIAL),
                Map.entry("nominees[0].initiatives[0].recognisedBy", "Hội đồng sáng kiến tỉnh Cao Bằng"),
                Map.entry("nominees[0].initiatives[0].recognisedOn", "01/01/2099"),
                Map.entry("nominees[0].initiatives[0].reference", "1520/QĐ-UBND"),
                Map.entry("nominees[0].initiatives[0].scope", "PROVINCE")));
        HttpResponse<String> refused = page.post("/ho-so", form);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(refused.body())).contains("id=\"n0-i0-recognisedOn-error\"", "(01/01/2099) ở sau ngày hôm nay",
                "value=\"01/01/2099\"", "value=\"" + PROVINCIAL + "\"");

        form.set(form.indexOf(Map.entry("nominees[0].initiatives[0].recognisedOn", "01/01/2099")),
                Map.entry("nominees[0].initiatives[0].recognisedOn", "15/10/2025"));
        HttpResponse<String> saved = page.post("/ho-so", form);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/ho-so/\\d+/sua");
        long id = Long.parseLong(location.replaceAll(".*/ho-so/(\\d+)/sua", "$1"));

        JsonNode stored = DossierApiClient.nominee(api.get(SECRETARY, "/api/dossiers/" + id).getBody(), name);
        assertThat(stored.get("initiatives")).singleElement().satisfies(i -> {
            assertThat(i.get("kind").asText()).isEqualTo("GIAI_PHAP");
            assertThat(i.get("recognisedOn").asText()).isEqualTo("2025-10-15");
            assertThat(i.get("scope").asText()).isEqualTo("PROVINCE");
        });
        assertThat(HtmlUtils.htmlUnescape(page.get("/ho-so/" + id + "/sua").body())).contains("value=\"" + PROVINCIAL + "\"", "value=\"15/10/2025\"",
                "<option value=\"PROVINCE\" selected=\"selected\">Cấp tỉnh</option>");
        assertThat(HtmlUtils.htmlUnescape(page.get("/ho-so/" + id).body())).contains(PROVINCIAL,
                "Hội đồng sáng kiến tỉnh Cao Bằng công nhận ngày 15/10/2025 (số 1520/QĐ-UBND), phạm vi ảnh hưởng cấp tỉnh");

        List<Map.Entry<String, String>> edit = new ArrayList<>(form);
        edit.add(Map.entry("nominees[0].id", stored.get("id").asText()));
        edit.add(Map.entry("version", "0"));
        edit.add(Map.entry("removeInitiative", "0:0"));
        HttpResponse<String> removed = page.post("/ho-so/" + id, edit);
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(removed.body()).doesNotContain("id=\"n0-i0-title\"").contains("id=\"n0-initiativeCount\"");
        assertThat(DossierApiClient.nominee(api.get(SECRETARY, "/api/dossiers/" + id).getBody(), name).get("initiatives"))
                .as("a changed row is not saved yet").hasSize(1);
    }

    @Test
    void aFormNamingMoreInitiativeRowsThanAPersonMayHaveIsABadRequest() {
        PageSession page = PageSession.signIn(port, SECRETARY);

        HttpResponse<String> refused = page.post("/ho-so", List.of(Map.entry("awardCode", "CSTD_T"),
                Map.entry("nominees[0].fullName", name), Map.entry("nominees[0].initiatives[20].title", "Sổ tay")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Đã có lỗi", "mã lỗi <span>400</span>");
        assertThat(jdbc.sql("select count(*) from nominee where full_name = ?").param(name).query(Long.class).single())
                .isZero();
    }

    private void assertRefused(ObjectNode body, String field, String message) {
        ResponseEntity<JsonNode> refused = api.post(SECRETARY, "/api/dossiers", body);
        assertThat(refused.getStatusCode().value()).as(String.valueOf(refused.getBody())).isEqualTo(400);
        assertThat(refused.getBody().get("field").asText()).isEqualTo(field);
        assertThat(refused.getBody().get("message").asText()).isEqualTo(message);
    }

    private static List<String> errors(JsonNode check) {
        List<String> errors = new ArrayList<>();
        check.get("findings").forEach(f -> {
            if ("ERROR".equals(f.get("severity").asText())) {
                errors.add(f.get("ruleCode").asText() + ": " + f.get("message").asText());
            }
        });
        return errors;
    }
}
