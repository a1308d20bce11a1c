package vn.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.kernel.CleanText;
import vn.khenthuong.registry.AwardRegistry;
import vn.khenthuong.registry.MeritKind;
import vn.khenthuong.registry.RegistryEntry;
import vn.khenthuong.registry.RegistrySource;
import vn.khenthuong.registry.SubjectKind;
import vn.khenthuong.testsupport.DossierApiClient;
import vn.khenthuong.testsupport.Samples;
import vn.khenthuong.testsupport.TestAccounts;

/**
 * A corpus of bad requests, each a real HTTP request against the running application as a demo
 * account: broken JSON, wrong types, absurd dates, invisible, control and broken Unicode characters,
 * oversized values, broken multipart bodies and file names, registry files with missing columns,
 * wrong methods, media types and paths. Every one must be answered 4xx (never 5xx) with a Vietnamese
 * {@code message} and no English stock phrase, and must leave the database as it was.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {

    private static final String DRAFT = "{draft}";
    private static final String BOUNDARY = "corpus-b0undary";
    private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;
    private static final String JSON = "application/json";
    private static final String CSV_HEADER =
            "loai,cccd,ma_tap_the,ho_ten,don_vi,danh_hieu,nam,loai_khen,so_quyet_dinh,ngay_quyet_dinh,co_quan_quyet_dinh\n";
    private static final Pattern VIETNAMESE = Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", Pattern.CASE_INSENSITIVE);
    private static final List<String> ENGLISH = List.of("Bad Request", "Not Found", "Method Not Allowed",
            "Unsupported Media Type", "Not Acceptable", "Internal Server Error", "Required", "must not", "must be",
            "Failed", "Exception", "JSON parse", "Invalid", "Cannot", "Unrecognized", "Unexpected", "null");
    private static final Set<String> API_ERROR_FIELDS = Set.of("message", "field", "errors", "findings");
    private static final String SECRETARY = "thuky.hoachung";

    @Autowired TestRestTemplate rest;
    @Autowired JdbcClient jdbc;
    @Autowired AwardRegistry registry;
    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private long draft;

    /** One bad request; {@code expect}, when set, is a part of the message it must get. */
    record Case(String name, String user, String method, String path, String contentType, String accept, byte[] body,
            String expect) {

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    void draftToAttack() {
        draft = new DossierApiClient(rest).createDraft(SECRETARY, "LDTT").get("id").asLong();
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("corpus")
    void isRefusedInVietnameseAndChangesNothing(Case c) throws Exception {
        List<Long> before = snapshot();

        HttpResponse<String> response = send(c);

        String body = response.body();
        assertThat(response.statusCode()).as(c.name() + " → " + body).isBetween(400, 499);
        JsonNode json = DossierApiClient.JSON.readTree(body);
        String message = json.path("message").asText("");
        assertThat(message).as(c.name() + " → " + body).containsPattern(VIETNAMESE);
        assertThat(ENGLISH).as(c.name() + " → " + body).noneMatch(message::contains);
        json.fieldNames().forEachRemaining(field -> assertThat(API_ERROR_FIELDS).as(c.name() + " → " + body).contains(field));
        if (c.expect() != null) {
            assertThat(message).as(c.name()).contains(c.expect());
        }
        assertThat(snapshot()).as(c.name() + ": nothing stored").isEqualTo(before);
    }

    /** {@code %} and {@code _} in a name are letters to find, not wildcards. */
    @ParameterizedTest(name = "name={0}")
    @MethodSource("wildcards")
    void registryNameSearchMatchesWildcardsLiterally(String query, List<String> expected) throws Exception {
        String run = "wildcard" + UUID.randomUUID().toString().substring(0, 8);
        for (String name : List.of("Phần trăm 100%", "Phần trăm 1000", "Gạch_dưới", "Gạch dưới", "Chấm than!")) {
            registry.record(new RegistryEntry(null, SubjectKind.INDIVIDUAL, DossierApiClient.randomCccd(), null,
                    name + " " + run, null, "LDTT", 2020, null, null, MeritKind.MERIT, null, null, null,
                    RegistrySource.IMPORT, null, null, "badinputit", null));
        }
        HttpResponse<String> response = send(new Case("search", "kiemtra", "GET", "/api/registry?name="
                + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8), null, JSON, null, null));

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> names = DossierApiClient.JSON.readTree(response.body()).findValuesAsText("fullName");
        assertThat(names).filteredOn(n -> n.endsWith(run)).containsExactlyInAnyOrderElementsOf(
                expected.stream().map(n -> n + " " + run).toList());
        assertThat(names).allMatch(n -> CleanText.fold(n).contains(CleanText.fold(query)), "only names containing " + query);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> wildcards() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("%", List.of("Phần trăm 100%")),
                org.junit.jupiter.params.provider.Arguments.of("100%", List.of("Phần trăm 100%")),
                org.junit.jupiter.params.provider.Arguments.of("_", List.of("Gạch_dưới")),
                org.junit.jupiter.params.provider.Arguments.of("gach_duoi", List.of("Gạch_dưới")),
                org.junit.jupiter.params.provider.Arguments.of("!", List.of("Chấm than!")),
                org.junit.jupiter.params.provider.Arguments.of("%%__", List.of()));
    }

    static Stream<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        brokenJson(cases);
        dossierValues(cases);
        otherJsonValues(cases);
        uploads(cases);
        registryFiles(cases);
        methods(cases);
        mediaTypes(cases);
        paths(cases);
        parameters(cases);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
        return cases.stream();
    }

    /** Bodies that are not JSON, or JSON with something after it, to every endpoint that reads JSON. */
    private static void brokenJson(List<Case> cases) {
        String good = "{\"awardCode\":\"LDTT\"}";
        List<byte[]> bodies = new ArrayList<>(Stream.of("", " ", "{", "}", "[", "{\"awardCode\":}", "{'awardCode':'LDTT'}",
                "{awardCode:\"LDTT\"}", "{\"awardCode\":\"LDTT\",}", good + " xyz", good + "{}", good + "]", good + good,
                good + " // ghi chú", "/* ghi chú */ " + good, "{\"awardCode\":\"LDTT\" \"periodYear\":2025}",
                "{\"awardCode\":\"\\x41\"}", "{\"awardCode\":\"\\uZZZZ\"}", "\"chuỗi\"", "123", "[]", "tru", "nul",
                "[".repeat(5000)).map(s -> s.getBytes(StandardCharsets.UTF_8)).toList());
        bodies.add(new byte[] {'{', '"', 'a', 'w', 'a', 'r', 'd', 'C', 'o', 'd', 'e', '"', ':', '"', 'L', 0, 'D', '"', '}'});
        bodies.add(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', '}'});
        bodies.add("{\"awardCode\":\"Lê\"}".getBytes(Charset.forName("windows-1258")));
        String[][] endpoints = {{SECRETARY, "POST", "/api/dossiers"}, {SECRETARY, "PUT", "/api/dossiers/" + DRAFT},
                {"admin", "POST", "/api/settings"}, {"admin", "POST", "/api/calendar"},
                {"admin", "POST", "/api/organisations"}, {"noivu.tpcb", "POST", "/api/decisions"}};
        for (String[] endpoint : endpoints) {
            for (int i = 0; i < bodies.size(); i++) {
                cases.add(new Case("JSON hỏng #" + i + " " + endpoint[1] + " " + endpoint[2], endpoint[0], endpoint[1],
                        endpoint[2], JSON, JSON, bodies.get(i), null));
            }
        }
        for (String reason : List.of("{\"reason\":\"a\\u0000b\"}", "{\"reason\":\"a\\ud800b\"}", "{\"reason\":\"x\"} x")) {
            cases.add(new Case("rút hồ sơ " + reason, SECRETARY, "POST", "/api/dossiers/" + DRAFT + "/withdraw", JSON, JSON,
                    reason.getBytes(StandardCharsets.UTF_8), null));
            cases.add(new Case("trình hồ sơ " + reason, SECRETARY, "POST", "/api/dossiers/" + DRAFT + "/submit", JSON, JSON,
                    reason.replace("reason", "response").getBytes(StandardCharsets.UTF_8), null));
        }
    }

    /** A recognised initiative of a person, with one field set to {@code value} (null: left out). */
    private static Map<String, Object> initiative(String field, Object value) {
        Map<String, Object> initiative = new java.util.HashMap<>(Map.of("kind", "SANG_KIEN",
                "title", "Dạy học STEM ở vùng cao", "recognisedBy", "Hội đồng sáng kiến tỉnh Cao Bằng",
                "recognisedOn", "2025-10-15", "scope", "PROVINCE"));
        if (value == null) {
            initiative.remove(field);
        } else {
            initiative.put(field, value);
        }
        return initiative;
    }

    /** A good dossier with one value made wrong: types, dates, Unicode, lengths. */
    private static void dossierValues(List<Case> cases) {
        String[] users = {SECRETARY, "thuky.thpttk", "thuky.dinhphong", "thuky.kbnn"};
        int[] n = {0};
        Consumer<Object[]> add = mutation -> {
            ObjectNode body = DossierApiClient.dossier(null, "LDTT", DossierApiClient.individual("Nguyễn Thị Hoa"));
            String path = (String) mutation[0];
            ObjectNode target = path.startsWith("nominees.") ? (ObjectNode) body.get("nominees").get(0) : body;
            String field = path.replace("nominees.", "");
            target.set(field, DossierApiClient.JSON.valueToTree(mutation[1]));
            String user = users[n[0]++ % users.length];
            String expect = mutation.length > 2 ? (String) mutation[2] : null;
            cases.add(new Case("hồ sơ " + path + "=" + abbreviate(mutation[1]), expect == null ? user : SECRETARY, "POST",
                    "/api/dossiers", JSON, JSON, jsonBytes(body), expect));
            if (n[0] % 3 == 0) {
                cases.add(new Case("sửa hồ sơ " + path + "=" + abbreviate(mutation[1]), SECRETARY, "PUT",
                        "/api/dossiers/" + DRAFT, JSON, JSON, jsonBytes(body), null));
            }
        };
        Object[][] mutations = {
                {"periodYear", "abc"}, {"periodYear", 2025.5}, {"periodYear", true}, {"periodYear", 99_999_999_999L},
                {"periodYear", -1}, {"periodYear", 0}, {"periodYear", List.of(2025)}, {"oneOff", "có"},
                {"oneOff", Map.of()}, {"awardCode", Map.of("code", "LDTT")}, {"nominees", "Nguyễn Thị Hoa"},
                {"nominees", Map.of()}, {"nominees", List.of(1)}, {"nominees", List.of("x")},
                {"periodFrom", "0000-01-01", "periodFrom"}, {"periodFrom", "-0001-01-01"}, {"periodFrom", "+10000-01-01"},
                {"periodFrom", "1899-12-31", "năm 1900"}, {"periodTo", "2200-01-01", "năm 2199"},
                {"periodTo", "9999-12-31"}, {"periodFrom", "2025-02-30"}, {"periodFrom", "2025-13-01"},
                {"periodFrom", "01/09/2024"}, {"periodFrom", "2024-9-1"}, {"periodFrom", 20240901},
                {"periodFrom", List.of(2024, 9, 1)}, {"periodFrom", "2025-09-01", "Ngày kết thúc"},
                {"nominees.kind", "ROBOT", "INDIVIDUAL, COLLECTIVE"}, {"nominees.kind", 1}, {"nominees.kind", null},
                {"nominees.birthDate", "0000-01-01", "nominees[0].birthDate"}, {"nominees.birthDate", "2199-01-01"},
                {"nominees.birthDate", "1985-02-29"}, {"nominees.birthDate", "12/03/1985"},
                {"nominees.monthsOfService", "12 tháng"}, {"nominees.monthsOfService", 13},
                {"nominees.monthsOfService", 11.5}, {"nominees.excellentYears", -1}, {"nominees.excellentYears", 1_000},
                {"nominees.dutyRating", "TOT"}, {"nominees.directWorker", "không"},
                {"nominees.fullName", "\u200B\u200B"}, {"nominees.fullName", "\u200B \u200D\uFEFF\u2060"},
                {"nominees.fullName", "\u00A0\u3000"}, {"nominees.fullName", "   "}, {"nominees.fullName", "\t\n"},
                {"nominees.fullName", "\u202E\u200B"}, {"nominees.fullName", "\u0000", "U+0000"},
                {"nominees.fullName", "Nguyễn\u0000Thị Hoa", "nominees[0].fullName"},
                {"nominees.fullName", "\uD800", "U+D800"}, {"nominees.fullName", "Nguyễn \uDC00Hoa"},
                {"nominees.fullName", "Hoa\uDBFF"}, {"nominees.fullName", "Hoa\u0007"}, {"nominees.fullName", "Hoa\u001B[31m"},
                {"nominees.fullName", "Hoa\u007F"}, {"nominees.fullName", "Hoa\u0085"},
                {"nominees.fullName", "ờ".repeat(301)}, {"nominees.fullName", "a".repeat(10_000)},
                {"nominees.fullName", "Nguyễn ".repeat(150_000)}, {"nominees.jobTitle", "Giáo viên\uD83D"},
                {"nominees.jobTitle", "x".repeat(301)}, {"nominees.achievement", "\u0001"},
                {"nominees.achievement", "ư".repeat(4001)}, {"nominees.cccd", "00419000\u00001234"},
                {"nominees.cccd", "0041900012345"}, {"nominees.cccd", "００４１９０００１２３４"},
                {"movement", "Dạy tốt\u0000"}, {"movement", "m".repeat(501)}, {"summary", "Tóm tắt\u0008"},
                {"summary", "s".repeat(4001)}, {"unitCode", "th\u0000hoachung"}, {"unitCode", "u".repeat(41)},
                {"awardCode", "LD\u0000TT"}, {"awardCode", "LDTT\uD800"}, {"awardCode", "A".repeat(21)},
                {"awardCode", "\u200B"}, {"awardCode", "KHONG_CO"},
                {"nominees.initiatives", List.of(initiative("title", null)), "Chưa nhập tên sáng kiến"},
                {"nominees.initiatives", List.of(initiative("title", "\u200B\u2060")), "Chưa nhập tên sáng kiến"},
                {"nominees.initiatives", List.of(initiative("title", "Sổ tay\u0000")), "U+0000"},
                {"nominees.initiatives", List.of(initiative("title", "t".repeat(501))), "500"},
                {"nominees.initiatives", List.of(initiative("recognisedOn", "2099-01-01")), "ở sau ngày hôm nay"},
                {"nominees.initiatives", List.of(initiative("recognisedOn", null)), "Chưa nhập ngày công nhận"},
                {"nominees.initiatives", List.of(initiative("recognisedOn", "15/10/2025")), "yyyy-MM-dd"},
                {"nominees.initiatives", List.of(initiative("scope", "TINH")), "UNIT, DISTRICT, PROVINCE, NATIONAL"},
                {"nominees.initiatives", List.of(initiative("scope", null)), "phạm vi ảnh hưởng"},
                {"nominees.initiatives", List.of(initiative("kind", "SANG_CHE")), "SANG_KIEN, DE_TAI, GIAI_PHAP"},
                {"nominees.initiatives", List.of(initiative("recognisedBy", " ")), "cơ quan, hội đồng công nhận"},
                {"nominees.initiatives", List.of(initiative("title", "Sổ tay"), initiative("title", "Sổ  tay ")),
                        "kê khai hai lần"},
                {"nominees.initiatives", List.of(initiative("title", "Sổ tay"), initiative("title", "Thư viện xanh")),
                        "khác số sáng kiến"},
                {"nominees.initiatives", java.util.Collections.nCopies(21, initiative("title", "Sổ tay")), "tối đa 20"},
                {"nominees.initiatives", "Sổ tay điện tử"}, {"nominees.initiatives", List.of("Sổ tay")}};
        for (Object[] mutation : mutations) {
            add.accept(mutation);
        }
        ObjectNode many = DossierApiClient.dossier(null, "LDTT");
        ArrayNode nominees = (ArrayNode) many.get("nominees");
        for (int i = 0; i < 1001; i++) {
            nominees.add(DossierApiClient.individual("Người " + i));
        }
        cases.add(new Case("hồ sơ 1001 người", SECRETARY, "POST", "/api/dossiers", JSON, JSON,
                many.toString().getBytes(StandardCharsets.UTF_8), "1000"));
        byte[] rawSurrogate = DossierApiClient.dossier(null, "LDTT", DossierApiClient.individual("Hoa@@@")).toString()
                .getBytes(StandardCharsets.UTF_8);
        cases.add(new Case("hồ sơ tên có nửa cặp UTF-16 mã hóa thẳng", SECRETARY, "POST", "/api/dossiers", JSON, JSON,
                replace(rawSurrogate, "@@@", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), null));
        cases.add(new Case("hồ sơ tên có byte không phải UTF-8", SECRETARY, "POST", "/api/dossiers", JSON, JSON,
                replace(rawSurrogate, "@@@", new byte[] {(byte) 0xC3, (byte) 0x28}), null));
    }

    private static void otherJsonValues(List<Case> cases) {
        String[][] settings = {{"key", "có dấu"}, {"key", "k\u0000"}, {"value", "1\u0000"}, {"value", "\uD800"},
                {"value", "v".repeat(4001)}, {"effectiveFrom", "0000-01-01"}, {"effectiveFrom", "2025-13-01"},
                {"effectiveFrom", "ngày mai"}, {"note", "n".repeat(501)}, {"value", "\u200B"}};
        for (String[] s : settings) {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("key", "corpus.test", "value", "1",
                    "effectiveFrom", "2031-01-01"));
            body.put(s[0], s[1]);
            cases.add(json("thiết lập " + s[0] + "=" + abbreviate(s[1]), "admin", "POST", "/api/settings", body));
        }
        String[][] days = {{"date", "0000-01-01"}, {"date", "2025-02-30"}, {"date", "1900-06-01"}, {"type", "NGHI"},
                {"name", "Tết\u0000"}, {"name", "t".repeat(201)}, {"name", "\u200B\u200B"}, {"date", "2031-01-02"}};
        for (String[] d : days) {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("date", "2031-01-01", "type", "HOLIDAY",
                    "name", "Tết Dương lịch"));
            body.put(d[0], d[1]);
            if (d[0].equals("date") && d[1].equals("2031-01-02")) {
                body.put("type", "WORKDAY");
            }
            cases.add(json("ngày nghỉ " + d[0] + "=" + abbreviate(d[1]), "admin", "POST", "/api/calendar", body));
        }
        String[][] organisations = {{"code", "Có Dấu"}, {"code", "a\u0000b"}, {"name", "\u200B"}, {"name", "t".repeat(201)},
                {"name", "UBND\u0000"}, {"kind", "XA"}, {"parentCode", "khongco"}, {"placeName", "p".repeat(101)},
                {"parentCode", null}};
        for (String[] o : organisations) {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("code", "corpusxa", "name", "UBND xã Thử",
                    "kind", "UNIT", "parentCode", "trungkhanh"));
            body.put(o[0], o[1]);
            cases.add(json("tổ chức " + o[0] + "=" + abbreviate(o[1]), "admin", "POST", "/api/organisations", body));
        }
        Object[][] drafts = {{"achievement", "Thành tích\u0000"}, {"achievement", "a".repeat(2001)},
                {"nomineeIds", "x"}, {"nomineeIds", List.of(-1)}, {"nomineeIds", List.of(999_999_999)},
                {"nomineeIds", List.of()}, {"proposalRef", "\uDFFF"}, {"awardCode", "KHONG_CO"}};
        for (Object[] d : drafts) {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("awardCode", "LDTT", "nomineeIds",
                    List.of(999_999_999), "achievement", "Có thành tích xuất sắc"));
            body.put((String) d[0], d[1]);
            cases.add(json("dự thảo " + d[0] + "=" + abbreviate(d[1]), "noivu.tpcb", "POST", "/api/decisions", body));
        }
    }

    /** Document uploads whose multipart body, part or file name is broken. */
    private static void uploads(List<Case> cases) {
        String documents = "/api/dossiers/" + DRAFT + "/documents";
        byte[] pdf = Samples.pdf();
        byte[] good = multipart(part("kind", null, null, "TO_TRINH".getBytes(StandardCharsets.UTF_8)),
                part("file", "to-trinh.pdf", "application/pdf", pdf));
        Object[][] bodies = {
                {"không có boundary", "multipart/form-data", good, null},
                {"boundary khác", "multipart/form-data; boundary=khac", good, null},
                {"cắt giữa chừng", MULTIPART, java.util.Arrays.copyOf(good, good.length / 2), null},
                {"cắt ở phần đầu", MULTIPART, java.util.Arrays.copyOf(good, 30), null},
                {"thiếu dấu kết thúc", MULTIPART, java.util.Arrays.copyOf(good, good.length - 8), null},
                {"rác nhị phân", MULTIPART, new byte[] {0, (byte) 0xFF, 0, (byte) 0xFE, 13, 10}, null},
                {"rỗng", MULTIPART, new byte[0], null},
                {"tên tệp có NUL", MULTIPART, multipart(part("kind", null, null, bytes("TO_TRINH")),
                        part("file", "to-trinh\u0000.pdf", "application/pdf", pdf)), "Tên tệp"},
                {"tên tệp filename* có NUL", MULTIPART, multipartRaw("form-data; name=\"file\"; filename*=UTF-8''to%00trinh.pdf",
                        pdf), "Tên tệp"},
                {"tên tệp có ký tự điều khiển", MULTIPART, multipart(part("kind", null, null, bytes("TO_TRINH")),
                        part("file", "to\u0007trinh.pdf", "application/pdf", pdf)), "Tên tệp"},
                {"tên tệp 256 ký tự", MULTIPART, upload("a".repeat(252) + ".pdf", pdf), "Tên tệp quá dài"},
                {"tên tệp 300 chữ có dấu", MULTIPART, upload("ờ".repeat(296) + ".pdf", pdf), "Tên tệp quá dài"},
                {"tên tệp 700 chữ có dấu", MULTIPART, upload("ờ".repeat(700) + ".pdf", pdf), "Tên tệp quá dài"},
                {"tên tệp 5000 ký tự", MULTIPART, upload("t".repeat(5000) + ".pdf", pdf), "Tên tệp quá dài"},
                {"thiếu tệp", MULTIPART, multipart(part("kind", null, null, bytes("TO_TRINH"))), "file"},
                {"thiếu loại tài liệu", MULTIPART, multipart(part("file", "a.pdf", "application/pdf", pdf)), "kind"},
                {"loại tài liệu sai", MULTIPART, multipart(part("kind", null, null, bytes("THU_TAY")),
                        part("file", "a.pdf", "application/pdf", pdf)), "TO_TRINH"},
                {"loại tài liệu có NUL", MULTIPART, multipart(part("kind", null, null, bytes("TO_\u0000TRINH")),
                        part("file", "a.pdf", "application/pdf", pdf)), null},
                {"tệp rỗng", MULTIPART, upload("rong.pdf", new byte[0]), null},
                {"văn bản đổi tên .pdf", MULTIPART, upload("gia.pdf", Samples.text()), null},
                {"tệp chạy được", MULTIPART, upload("to-trinh.pdf", Samples.exe()), null},
                {"tên phần có NUL", MULTIPART, multipartRaw("form-data; name=\"fi\u0000le\"; filename=\"a.pdf\"", pdf), null}};
        String[] users = {SECRETARY, "thuky.thpttk", SECRETARY, "kiemtra"};
        for (int i = 0; i < bodies.length; i++) {
            Object[] b = bodies[i];
            // who may not write the dossier is refused before the upload is read: the owner sees the reason
            String user = b[3] == null ? users[i % users.length] : SECRETARY;
            cases.add(new Case("tải tài liệu: " + b[0], user, "POST", documents, (String) b[1], JSON, (byte[]) b[2],
                    (String) b[3]));
        }
        for (int i = 0; i < 7; i++) {
            Object[] b = bodies[i];
            cases.add(new Case("kiểm tra chữ ký: " + b[0], "kiemtra", "POST", "/api/signatures/verify", (String) b[1], JSON,
                    (byte[]) b[2], null));
        }
        cases.add(new Case("kiểm tra chữ ký: tệp rỗng", "chutich.tinh", "POST", "/api/signatures/verify", MULTIPART, JSON,
                multipart(part("file", "rong.pdf", "application/pdf", new byte[0])), "rỗng"));
    }

    /** Registry files refused as a whole: nothing of them is stored, good lines included. */
    private static void registryFiles(List<Case> cases) {
        String goodLines = "CA_NHAN,001090000001,,Nguyễn Văn An,,LDTT,2020,,,,\n"
                + "CA_NHAN,001090000002,,Lê Thị Bình,,LDTT,2020,,,,\n"
                + "CA_NHAN,001090000003,,Trần Văn Cường,,LDTT,2020,,,,\n";
        String full = "CA_NHAN,001090000004,,Phạm Thị Dung,,LDTT,2020,THUONG_XUYEN,12/QĐ-UBND,20/12/2020,UBND tỉnh";
        String[] fields = full.split(",", -1);
        for (int width = 1; width < fields.length; width++) {
            String shortLine = String.join(",", java.util.Arrays.copyOf(fields, width));
            cases.add(registry("sổ: dòng 5 chỉ có " + width + " cột", CSV_HEADER + goodLines + shortLine + "\n",
                    "Dòng 5 thiếu cột"));
        }
        cases.add(registry("sổ: dòng 3 thiếu cột, dấu chấm phẩy", CSV_HEADER.replace(',', ';')
                + "CA_NHAN;001090000001;;Nguyễn Văn An;;LDTT;2020;;;;\nCA_NHAN;001090000002;;Lê Thị Bình\n", "Dòng 3 thiếu cột"));
        cases.add(registry("sổ: thừa cột có dữ liệu", CSV_HEADER + goodLines + full + ",thừa\n", "Dòng 5 thừa cột"));
        cases.add(registry("sổ: dấu nháy không đóng", CSV_HEADER + goodLines + "CA_NHAN,\"001090000004,,Phạm Thị Dung\n",
                "Dòng 5"));
        cases.add(registry("sổ: tiêu đề thiếu cột", "loai,cccd,ho_ten\nCA_NHAN,001090000001,Nguyễn Văn An\n",
                "Dòng tiêu đề thiếu cột"));
        cases.add(registry("sổ: rỗng", "", null));
        cases.add(registry("sổ: chỉ có BOM", "\uFEFF\n\n", "không có dữ liệu"));
        cases.add(new Case("sổ: mã windows-1258", "bantdkt", "POST", "/api/registry/import", MULTIPART, JSON,
                multipart(part("file", "so.csv", "text/csv", (CSV_HEADER + goodLines).getBytes(Charset.forName("windows-1258")))),
                "UTF-8"));
        cases.add(new Case("sổ: tệp PDF", "admin", "POST", "/api/registry/import", MULTIPART, JSON,
                multipart(part("file", "so.csv", "text/csv", Samples.pdf())), null));
        cases.add(new Case("sổ: cắt giữa chừng", "bantdkt", "POST", "/api/registry/import", MULTIPART, JSON,
                java.util.Arrays.copyOf(multipart(part("file", "so.csv", "text/csv", bytes(CSV_HEADER + goodLines))), 120),
                null));
        cases.add(new Case("sổ: không có boundary", "bantdkt", "POST", "/api/registry/import", "multipart/form-data", JSON,
                multipart(part("file", "so.csv", "text/csv", bytes(CSV_HEADER + goodLines))), null));
        cases.add(new Case("sổ: thiếu tệp", "bantdkt", "POST", "/api/registry/import", MULTIPART, JSON,
                multipart(part("ghi_chu", null, null, bytes("x"))), "file"));
    }

    private static void methods(List<Case> cases) {
        String[][] wrong = {{"DELETE", "/api/dossiers"}, {"PUT", "/api/dossiers"}, {"PATCH", "/api/dossiers/" + DRAFT},
                {"POST", "/api/dossiers/" + DRAFT}, {"GET", "/api/dossiers/" + DRAFT + "/submit"},
                {"PUT", "/api/dossiers/" + DRAFT + "/withdraw"}, {"PATCH", "/api/dossiers/" + DRAFT + "/documents"},
                {"PUT", "/api/registry"}, {"DELETE", "/api/registry/import"}, {"GET", "/api/registry/import"},
                {"PATCH", "/api/settings"}, {"DELETE", "/api/settings"}, {"PUT", "/api/calendar"},
                {"DELETE", "/api/organisations"}, {"POST", "/api/awards"}, {"POST", "/api/audit/verify"},
                {"GET", "/api/signatures/verify"}, {"PUT", "/api/notifications"}, {"DELETE", "/api/decisions"},
                {"PATCH", "/api/decisions/1"}, {"GET", "/api/notifications/1/read"}};
        String[] users = {SECRETARY, "kiemtra", "admin", "bantdkt", "noivu.tk", "hoidong.tinh", "chutich.tpcb"};
        for (int i = 0; i < wrong.length; i++) {
            cases.add(new Case("phương thức " + wrong[i][0] + " " + wrong[i][1], users[i % users.length], wrong[i][0],
                    wrong[i][1], null, JSON, null, "Phương thức"));
        }
        // methods the firewall turns away before any handler
        for (String method : new String[] {"TRACE", "PROPFIND", "MKCOL", "FOO"}) {
            cases.add(new Case("phương thức " + method + " /api/dossiers", "kiemtra", method, "/api/dossiers", null, JSON,
                    null, null));
        }
    }

    private static void mediaTypes(List<Case> cases) {
        byte[] json = bytes("{\"awardCode\":\"LDTT\"}");
        String[][] contentTypes = {{"POST", "/api/dossiers", "text/plain"}, {"POST", "/api/dossiers", "application/xml"},
                {"POST", "/api/dossiers", "application/x-www-form-urlencoded"}, {"POST", "/api/dossiers", MULTIPART},
                {"POST", "/api/dossiers", null}, {"POST", "/api/dossiers", "application/json; charset=khong-co"},
                {"PUT", "/api/dossiers/" + DRAFT, "text/plain"}, {"POST", "/api/settings", "text/plain"},
                {"POST", "/api/calendar", "text/html"}, {"POST", "/api/organisations", "application/xml"},
                {"POST", "/api/registry/import", JSON}, {"POST", "/api/signatures/verify", "text/plain"},
                {"POST", "/api/dossiers/" + DRAFT + "/documents", JSON}, {"POST", "/api/decisions", "text/csv"}};
        for (String[] c : contentTypes) {
            String user = c[1].contains("settings") || c[1].contains("calendar") || c[1].contains("organisations") ? "admin"
                    : c[1].contains("decisions") ? "noivu.tpcb" : SECRETARY;
            cases.add(new Case("Content-Type " + c[2] + " " + c[0] + " " + c[1], user, c[0], c[1], c[2], JSON, json, null));
        }
        String[][] accepts = {{"/api/dossiers/" + DRAFT, "application/xml"}, {"/api/registry?name=an", "image/png"},
                {"/api/awards", "text/csv"}, {"/api/dossiers", "application/pdf"}, {"/api/khong-co", "application/xml"},
                {"/api/khong-co", "text/html"}};
        for (String[] a : accepts) {
            cases.add(new Case("Accept " + a[1] + " " + a[0], "kiemtra", "GET", a[0], null, a[1], null, null));
        }
    }

    private static void paths(List<Case> cases) {
        String[] unknown = {"/api", "/api/", "/api/khong-co", "/api/ho-so", "/api/dossiers/" + DRAFT + "/khong-co",
                "/api/dossiers/999999999", "/api/dossiers/-1", "/api/dossiers/abc", "/api/dossiers/1.5",
                "/api/dossiers/99999999999999999999", "/api/dossiers/%20", "/api/dossiers/h%C3%B4-s%C6%A1",
                "/api/dossiers/" + DRAFT + "/documents/999999", "/api/dossiers/" + DRAFT + "/documents/abc",
                "/api/registry/khong-co", "/api/calendar/abc", "/api/calendar/99999", "/api/calendar/0",
                "/api/decisions/abc", "/api/decisions/999999999/pdf", "/api/v3/api-docs", "/api/audit/dossiers/abc",
                "/api/dossiers/1%2F2", "/api/dossiers/%00", "/api/dossiers/%5C1",
                "/api/dossiers/%2e%2e/khong-co", "/api/dossiers;x=1/1", "/api//dossiers"};
        String[] users = {"kiemtra", SECRETARY, "admin", "noivu.tpcb", "chutich.tk", "thuky.kbnn"};
        for (int i = 0; i < unknown.length; i++) {
            cases.add(new Case("địa chỉ " + unknown[i], users[i % users.length], "GET", unknown[i], null, JSON, null, null));
        }
        cases.add(new Case("đánh dấu đã đọc id chữ", "noivu.tpcb", "POST", "/api/notifications/abc/read", null, JSON, null,
                "id"));
        cases.add(new Case("chưa đăng nhập", null, "POST", "/api/dossiers", JSON, JSON, bytes("{\"awardCode\":\"LDTT\"}"),
                "đăng nhập"));
    }

    private static void parameters(List<Case> cases) {
        String[][] queries = {{"kiemtra", "/api/registry?name=a%00b", "name"}, {"kiemtra", "/api/registry?cccd=%00", "cccd"},
                {"admin", "/api/registry?unit=th%00", "unit"}, {"kiemtra", "/api/registry?name=%E2%80%8B%E2%80%8B", null},
                {"kiemtra", "/api/registry?name=%20%20", null}, {"kiemtra", "/api/registry", null},
                {SECRETARY, "/api/dossiers?year=abc", "year"}, {SECRETARY, "/api/dossiers?year=99999999999", "year"},
                {SECRETARY, "/api/dossiers?status=NOPE", "DRAFT"}, {SECRETARY, "/api/dossiers?unit=%00", "unit"},
                {SECRETARY, "/api/dossiers?award=LD%00TT", "award"}, {"noivu.tpcb", "/api/decisions?year=x", "year"},
                {"noivu.tpcb", "/api/decisions/waiting", "award"}, {"noivu.tpcb", "/api/decisions/waiting?award=%00", "award"},
                {"noivu.tpcb", "/api/decisions?body=%00", "body"}};
        for (String[] q : queries) {
            cases.add(new Case("tham số " + q[1], q[0], "GET", q[1], null, JSON, null, q[2]));
        }
    }

    private HttpResponse<String> send(Case c) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + c.path().replace(DRAFT, String.valueOf(draft))));
        if (c.user() != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((c.user() + ":"
                    + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        if (c.accept() != null) {
            request.header("Accept", c.accept());
        }
        request.method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** What a refused request must not change: row counts, and the versions of the dossiers. */
    private List<Long> snapshot() {
        return jdbc.sql("""
                select (select count(*) from dossier), (select coalesce(sum(version), 0) from dossier),
                (select count(*) from nominee), (select count(*) from dossier_document), (select count(*) from registry_entry),
                (select count(*) from organisation), (select count(*) from setting), (select count(*) from calendar_day),
                (select count(*) from award_decision), (select count(*) from audit_event)""")
                .query((rs, n) -> {
                    List<Long> counts = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        counts.add(rs.getLong(i));
                    }
                    return counts;
                }).single();
    }

    private static Case json(String name, String user, String method, String path, Map<String, Object> body) {
        return new Case(name, user, method, path, JSON, JSON, jsonBytes(DossierApiClient.JSON.valueToTree(body)), null);
    }

    /** UTF-8, as clients send it; a lone surrogate, which UTF-8 cannot carry, as the JSON escape {@code \ud800}. */
    private static byte[] jsonBytes(JsonNode body) {
        String text = body.toString();
        if (text.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
            return bytes(text);
        }
        try {
            return DossierApiClient.JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsBytes(body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Case registry(String name, String csv, String expect) {
        return new Case(name, "bantdkt", "POST", "/api/registry/import", MULTIPART, JSON,
                multipart(part("file", "so-khen-thuong.csv", "text/csv", bytes(csv))), expect);
    }

    private static byte[] upload(String fileName, byte[] content) {
        return multipart(part("kind", null, null, bytes("TO_TRINH")), part("file", fileName, "application/pdf", content));
    }

    private static byte[] part(String name, String fileName, String type, byte[] content) {
        String disposition = "form-data; name=\"" + name + "\"" + (fileName == null ? "" : "; filename=\"" + fileName + "\"");
        return concat(bytes("Content-Disposition: " + disposition + "\r\n" + (type == null ? "" : "Content-Type: " + type
                + "\r\n") + "\r\n"), content);
    }

    private static byte[] multipartRaw(String disposition, byte[] content) {
        return multipart(part("kind", null, null, bytes("TO_TRINH")), concat(bytes("Content-Disposition: " + disposition
                + "\r\nContent-Type: application/pdf\r\n\r\n"), content));
    }

    private static byte[] multipart(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(bytes("--" + BOUNDARY + "\r\n"));
            out.writeBytes(part);
            out.writeBytes(bytes("\r\n"));
        }
        out.writeBytes(bytes("--" + BOUNDARY + "--\r\n"));
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] replace(byte[] text, String marker, byte[] with) {
        String s = new String(text, StandardCharsets.ISO_8859_1);
        int at = s.indexOf(marker);
        return concat(concat(java.util.Arrays.copyOf(text, at), with),
                java.util.Arrays.copyOfRange(text, at + marker.length(), text.length));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(Object value) {
        String s = String.valueOf(value);
        StringBuilder shown = new StringBuilder();
        s.codePoints().limit(24).forEach(cp -> shown.append(cp < 0x20 || Character.isSurrogate((char) cp)
                || Character.getType(cp) == Character.FORMAT ? String.format("\\u%04X", cp) : Character.toString(cp)));
        return shown + (s.length() > 24 ? "…(" + s.length() + ")" : "");
    }
}
