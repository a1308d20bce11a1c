package vn.khenthuong.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

import com.fasterxml.jackson.databind.JsonNode;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.organisation.OrgKind;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.pdf.PdfText;
import vn.khenthuong.registry.AwardRegistry;
import vn.khenthuong.registry.MeritKind;
import vn.khenthuong.registry.SubjectKind;
import vn.khenthuong.testsupport.PageSession;

/**
 * A province whose 2017 is the Cao Bằng 2017 mix at the provincial level (769 collectives of which 608 small,
 * 1,111 individuals of which 542 direct workers), with district awards, state proposals, bonuses, an imported
 * undated year, and a 2016 to compare with. Every figure, share and change is checked on the API, the page,
 * the Excel file and the PDF, and the lists behind figures have exactly as many rows.
 */
@PostgresIntegrationTest
class StatisticsIT {

    static final String PROVINCE = "tkbackan";
    static final String CHO_MOI = "tkchomoi";
    static final String BACH_THONG = "tkbachthong";
    static final String SCHOOL_CHO_MOI = "tkthcschomoi";
    static final String SCHOOL_BACH_THONG = "tkthbachthong";
    static final String AGENCY = "tksonv";
    static final String BOARD = "bantdkt.tkbackan";
    static final String AUDITOR = "kiemtra.tkbackan";
    static final String DISTRICT_STAFF = "noivu.tkchomoi";
    static final String SECRETARY = "thuky.tkthcschomoi";
    static final String PASSWORD = "demo";
    static final String QUERY = "fromYear=2017&org=" + PROVINCE;
    static final String NEW_COUNTRYSIDE = "Bắc Kạn chung sức xây dựng nông thôn mới";

    private static KnownYears years;

    @Autowired
    TestRestTemplate rest;
    @LocalServerPort
    int port;

    @BeforeAll
    static void aProvinceWithTwoKnownYears(@Autowired OrganisationService organisations, @Autowired IdentityService identity,
            @Autowired AwardRegistry registry) {
        organisations.register(new Organisation(PROVINCE, "Tỉnh Bắc Kạn", OrgKind.PROVINCE, null, "Bắc Kạn"));
        organisations.register(new Organisation(CHO_MOI, "Huyện Chợ Mới", OrgKind.DISTRICT, PROVINCE, "Chợ Mới"));
        organisations.register(new Organisation(BACH_THONG, "Huyện Bạch Thông", OrgKind.DISTRICT, PROVINCE, "Bạch Thông"));
        organisations.register(new Organisation(SCHOOL_CHO_MOI, "Trường THCS Chợ Mới", OrgKind.UNIT, CHO_MOI, null));
        organisations.register(new Organisation(SCHOOL_BACH_THONG, "Trường Tiểu học Bạch Thông", OrgKind.UNIT, BACH_THONG, null));
        organisations.register(new Organisation(AGENCY, "Sở Nội vụ Bắc Kạn", OrgKind.AGENCY, PROVINCE, null));
        person(identity, BOARD, PROVINCE + "-thamdinh");
        person(identity, AUDITOR, PROVINCE + "-kiemtra");
        person(identity, DISTRICT_STAFF, CHO_MOI + "-thamdinh");
        person(identity, SECRETARY, SCHOOL_CHO_MOI + "-thuky");

        years = new KnownYears(registry, Map.of(SCHOOL_CHO_MOI, CHO_MOI, SCHOOL_BACH_THONG, BACH_THONG, AGENCY, AGENCY));
        String[] units = {SCHOOL_CHO_MOI, SCHOOL_BACH_THONG, AGENCY};
        LocalDate april = LocalDate.of(2017, 4, 5);
        String chairman = "Chủ tịch UBND Tỉnh Bắc Kạn";
        String provinceFund = "Quỹ thi đua, khen thưởng tỉnh";
        // 2017, provincial: 769 collectives (608 small), 1,111 individuals (542 direct workers)
        years.add(KnownYears.Batch.of("BK_T", SubjectKind.COLLECTIVE, 100, 80, april, chairman).movement(NEW_COUNTRYSIDE), units);
        years.add(KnownYears.Batch.of("BK_T", SubjectKind.COLLECTIVE, 500, 400, LocalDate.of(2017, 12, 31), chairman), units);
        years.add(KnownYears.Batch.of("TT_LDXS", SubjectKind.COLLECTIVE, 140, 110, april, chairman), units);
        years.add(KnownYears.Batch.of("TT_LDXS", SubjectKind.COLLECTIVE, 10, 8, april, chairman).merit(MeritKind.THEMATIC), units);
        years.add(KnownYears.Batch.of("CO_T", SubjectKind.COLLECTIVE, 19, 10, april, chairman), units);
        years.add(KnownYears.Batch.of("BK_T", SubjectKind.INDIVIDUAL, 970, 480, april, chairman).bonus(3_510_000, provinceFund), units);
        years.add(KnownYears.Batch.of("BK_T", SubjectKind.INDIVIDUAL, 30, 20, april, chairman).bonus(3_510_000, provinceFund)
                .merit(MeritKind.ONE_OFF), units);
        years.add(KnownYears.Batch.of("CSTD_T", SubjectKind.INDIVIDUAL, 111, 42, april, chairman), units);
        // 2017, district: 300 LĐTT (120 direct workers; 5 imported without a date), 40 TT LĐTT (25 small)
        String districtChairman = "Chủ tịch UBND Huyện Chợ Mới";
        LocalDate june = LocalDate.of(2017, 6, 1);
        years.add(KnownYears.Batch.of("LDTT", SubjectKind.INDIVIDUAL, 295, 118, june, districtChairman)
                .bonus(540_000, "Quỹ thi đua, khen thưởng huyện Chợ Mới"), SCHOOL_CHO_MOI);
        years.add(KnownYears.Batch.of("LDTT", SubjectKind.INDIVIDUAL, 5, 2, june, districtChairman).undated(2017), SCHOOL_CHO_MOI);
        years.add(KnownYears.Batch.of("TT_LDTT", SubjectKind.COLLECTIVE, 40, 25, june, districtChairman), SCHOOL_CHO_MOI);
        // 2017: 47 proposals forwarded to the State
        years.add(KnownYears.Batch.of("BK_TTG", SubjectKind.INDIVIDUAL, 30, 0, LocalDate.of(2017, 9, 1), null).toState(), units);
        years.add(KnownYears.Batch.of("HC_LD", SubjectKind.COLLECTIVE, 17, 0, LocalDate.of(2017, 9, 1), null).toState(), units);
        // decided on 2 January 2018 for 2017: counts in 2018
        years.add(KnownYears.Batch.of("LDTT", SubjectKind.INDIVIDUAL, 7, 0, LocalDate.of(2018, 1, 2), districtChairman)
                .undated(2017).decidedOn(LocalDate.of(2018, 1, 2)), SCHOOL_CHO_MOI);
        // 2016: provincial 700 collectives (530 small) and 938 individuals (420 direct workers); district 250 LĐTT
        // (100 direct workers) and 30 TT LĐTT (20 small); 40 forwarded
        LocalDate may2016 = LocalDate.of(2016, 5, 10);
        years.add(KnownYears.Batch.of("BK_T", SubjectKind.COLLECTIVE, 560, 440, may2016, chairman), units);
        years.add(KnownYears.Batch.of("TT_LDXS", SubjectKind.COLLECTIVE, 140, 90, may2016, chairman), units);
        years.add(KnownYears.Batch.of("BK_T", SubjectKind.INDIVIDUAL, 938, 420, may2016, chairman), units);
        years.add(KnownYears.Batch.of("LDTT", SubjectKind.INDIVIDUAL, 250, 100, may2016, districtChairman), SCHOOL_CHO_MOI);
        years.add(KnownYears.Batch.of("TT_LDTT", SubjectKind.COLLECTIVE, 30, 20, may2016, districtChairman), SCHOOL_CHO_MOI);
        years.add(KnownYears.Batch.of("BK_TTG", SubjectKind.INDIVIDUAL, 40, 0, may2016, null).toState(), units);
    }

    @Test
    void theYearsFiguresSharesAndChangesOnTheApi() {
        JsonNode report = api(BOARD, QUERY);

        assertThat(report.get("periodLabel").asText()).isEqualTo("năm 2017");
        assertThat(report.get("previousLabel").asText()).isEqualTo("năm 2016");
        JsonNode summary = table(report, "Tổng hợp");
        assertThat(texts(row(summary, "Tổng số khen thưởng"))).containsExactly("Tổng số khen thưởng", "2.220", "1.918", "+15,75%");
        assertThat(texts(row(summary, "Cá nhân"))).containsExactly("Cá nhân", "1.411", "1.188", "+18,77%");
        assertThat(texts(row(summary, "Trong đó: người lao động trực tiếp"))).containsExactly(
                "Trong đó: người lao động trực tiếp", "662", "520", "+27,31%");
        assertThat(texts(row(summary, "Tỷ lệ người lao động trực tiếp trong số cá nhân"))).containsExactly(
                "Tỷ lệ người lao động trực tiếp trong số cá nhân", "46,92%", "43,77%", "+3,15 điểm %");
        assertThat(texts(row(summary, "Tập thể"))).containsExactly("Tập thể", "809", "730", "+10,82%");
        assertThat(texts(row(summary, "Trong đó: tập thể nhỏ"))).containsExactly("Trong đó: tập thể nhỏ", "633", "550", "+15,09%");
        assertThat(texts(row(summary, "Tỷ lệ tập thể nhỏ trong số tập thể"))).containsExactly(
                "Tỷ lệ tập thể nhỏ trong số tập thể", "78,24%", "75,34%", "+2,90 điểm %");
        assertThat(texts(row(summary, "Khen thưởng thường xuyên"))).containsExactly("Khen thưởng thường xuyên", "2.180",
                "1.918", "+13,66%");
        assertThat(texts(row(summary, "Khen thưởng đột xuất"))).containsExactly("Khen thưởng đột xuất", "30", "0", "—");
        assertThat(texts(row(summary, "Khen thưởng chuyên đề"))).containsExactly("Khen thưởng chuyên đề", "10", "0", "—");
        assertThat(texts(row(summary, "Trình cấp Nhà nước khen thưởng"))).containsExactly(
                "Trình cấp Nhà nước khen thưởng", "47", "40", "+17,50%");
        assertThat(texts(row(summary, "Tiền thưởng (đồng)"))).containsExactly("Tiền thưởng (đồng)", "3.669.300.000", "0", "—");

        JsonNode levels = table(report, "Theo cấp");
        assertThat(texts(row(levels, "Cấp tỉnh"))).containsExactly("Cấp tỉnh", "1.880", "1.111", "542", "48,78%", "769",
                "608", "79,06%", "1.638", "+14,77%");
        assertThat(texts(row(levels, "Cấp huyện, xã"))).containsExactly("Cấp huyện, xã", "340", "300", "120", "40,00%",
                "40", "25", "62,50%", "280", "+21,43%");
        assertThat(texts(row(levels, "Tổng cộng"))).containsExactly("Tổng cộng", "2.220", "1.411", "662", "46,92%", "809",
                "633", "78,24%", "1.918", "+15,75%");
        assertThat(levels.get("rows").findValuesAsText("text")).doesNotContain("Cấp Nhà nước");

        JsonNode awards = table(report, "Theo danh hiệu");
        assertThat(texts(row(awards, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"))).containsExactly(
                "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Cấp tỉnh", "1.000", "600", "1.600", "1.498", "+6,81%");
        assertThat(texts(row(awards, "Tập thể lao động xuất sắc"))).containsExactly("Tập thể lao động xuất sắc", "Cấp tỉnh",
                "0", "150", "150", "140", "+7,14%");
        assertThat(texts(row(awards, "Cờ thi đua của Ủy ban nhân dân tỉnh"))).containsExactly(
                "Cờ thi đua của Ủy ban nhân dân tỉnh", "Cấp tỉnh", "0", "19", "19", "0", "—");
        assertThat(texts(row(awards, "Chiến sĩ thi đua cấp tỉnh"))).containsExactly("Chiến sĩ thi đua cấp tỉnh", "Cấp tỉnh",
                "111", "0", "111", "0", "—");
        assertThat(texts(row(awards, "Lao động tiên tiến"))).containsExactly("Lao động tiên tiến", "Cấp huyện, xã", "300", "0",
                "300", "250", "+20,00%");
        assertThat(texts(row(awards, "Tập thể lao động tiên tiến"))).containsExactly("Tập thể lao động tiên tiến",
                "Cấp huyện, xã", "0", "40", "40", "30", "+33,33%");
        assertThat(awards.get("rows")).hasSize(7);

        JsonNode forwarded = table(report, "Trình cấp Nhà nước");
        assertThat(texts(row(forwarded, "Bằng khen của Thủ tướng Chính phủ"))).containsExactly(
                "Bằng khen của Thủ tướng Chính phủ", "30", "0", "30", "40", "-25,00%");
        assertThat(texts(row(forwarded, "Huân chương Lao động"))).containsExactly("Huân chương Lao động", "0", "17", "17", "0", "—");
        assertThat(texts(row(forwarded, "Tổng cộng"))).containsExactly("Tổng cộng", "30", "17", "47", "40", "+17,50%");

        JsonNode bonus = table(report, "Tiền thưởng");
        assertThat(rowsTexts(bonus)).containsExactly(
                List.of("Quỹ thi đua, khen thưởng huyện Chợ Mới", "Lao động tiên tiến", "295", "159.300.000"),
                List.of("Quỹ thi đua, khen thưởng huyện Chợ Mới", "Cộng", "295", "159.300.000"),
                List.of("Quỹ thi đua, khen thưởng tỉnh", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "1.000", "3.510.000.000"),
                List.of("Quỹ thi đua, khen thưởng tỉnh", "Cộng", "1.000", "3.510.000.000"),
                List.of("Tổng cộng", "", "1.295", "3.669.300.000"));

        JsonNode ranking = table(report, "Xếp hạng");
        assertThat(rowsTexts(ranking)).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2)).containsExactly(
                "1 Huyện Chợ Mới " + VietnameseNumbers.count(years.awards2017(CHO_MOI)),
                "2 Huyện Bạch Thông " + VietnameseNumbers.count(years.awards2017(BACH_THONG)),
                "3 Sở Nội vụ Bắc Kạn " + VietnameseNumbers.count(years.awards2017(AGENCY)));

        assertThat(report.get("summary").get(0).asText()).isEqualTo("Năm 2017, Tỉnh Bắc Kạn có 2.220 lượt khen thưởng tập thể"
                + " và cá nhân (809 tập thể, 1.411 cá nhân), tăng 15,75% so với năm 2016.");
        assertThat(report.get("summary").get(1).asText()).isEqualTo("Cấp tỉnh: 1.880 tập thể và cá nhân (769 tập thể, trong đó"
                + " 608 tập thể nhỏ, chiếm 79,06%; 1.111 cá nhân, trong đó 542 người lao động trực tiếp, chiếm 48,78%), tăng"
                + " 14,77% so với năm 2016.");
    }

    @Test
    void theChartsYearsCountByDecisionDateAgainstTheTargets() {
        JsonNode byYear = table(api(BOARD, QUERY), "Theo năm");

        assertThat(texts(row(byYear, "2016"))).containsExactly("2016", "0", "1.638", "280", "1.918", "75,34%", "70,00%",
                "43,77%", "40,00%");
        assertThat(texts(row(byYear, "2017"))).containsExactly("2017", "0", "1.880", "340", "2.220", "78,24%", "70,00%",
                "46,92%", "40,00%");
        assertThat(byYear.get("rows")).as("the ten years up to 2017; the 7 LĐTT decided in 2018 are not among them")
                .hasSize(10);
        assertThat(texts(byYear.get("rows").get(0).get("cells")).get(0)).isEqualTo("2008");
    }

    @Test
    void theListBehindAFigureHasExactlyThatManyAwards() throws IOException {
        JsonNode levels = table(api(AUDITOR, QUERY), "Theo cấp");
        JsonNode province = row(levels, "Cấp tỉnh");
        PageSession auditor = PageSession.signedIn(baseUrl(), AUDITOR, PASSWORD);

        assertThat(listed(auditor, province.get(6).get("link").asText())).as("small collectives").isEqualTo(608);
        assertThat(listed(auditor, province.get(3).get("link").asText())).as("direct workers").isEqualTo(542);
        assertThat(listed(auditor, province.get(8).get("link").asText())).as("2016").isEqualTo(1638);
        String all = row(table(api(AUDITOR, QUERY), "Tổng hợp"), "Tổng số khen thưởng").get(1).get("link").asText();
        assertThat(listed(auditor, all)).isEqualTo(2220);
        HttpResponse<byte[]> xlsx = auditor.bytes(all.replace(DrillDownLinks.LIST, DrillDownLinks.LIST + ".xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheet("Danh sách").getLastRowNum()).as("title, blank, header, 2,220 awards").isEqualTo(2222);
        }
        String fund = row(table(api(AUDITOR, QUERY), "Tiền thưởng"), "Quỹ thi đua, khen thưởng tỉnh").get(2).get("link").asText();
        assertThat(listed(auditor, fund)).isEqualTo(1000);
        String ranked = row(table(api(AUDITOR, QUERY), "Xếp hạng"), "1").get(2).get("link").asText();
        assertThat(listed(auditor, ranked)).isEqualTo(years.awards2017(CHO_MOI));
    }

    @Test
    void thePageShowsTheFiguresWithTheirLinksAndCharts() {
        PageSession board = PageSession.signedIn(baseUrl(), BOARD, PASSWORD);
        HttpResponse<String> page = board.get("/thong-ke?" + QUERY);

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("Thống kê khen thưởng năm 2017 - Tỉnh Bắc Kạn", "<svg", "Số khen thưởng theo năm và cấp",
                "Tỷ lệ tập thể nhỏ và người lao động trực tiếp theo năm, so với mục tiêu", "Xếp hạng theo số khen thưởng");
        String levels = section(html, "Theo cấp");
        assertThat(cellTexts(levels)).containsSubsequence("Cấp tỉnh", "1.880", "1.111", "542", "48,78%", "769", "608",
                "79,06%", "1.638", "+14,77%");
        assertThat(HtmlUtils.htmlUnescape(levels)).contains("href=\"/thong-ke/danh-sach?from=2017-01-01&to=2017-12-31&org="
                + PROVINCE + "&measure=SMALL_COLLECTIVES&level=PROVINCE\"");
        assertThat(board.bytes("/assets/app.css").body()).asString(StandardCharsets.UTF_8).contains("@media print");
    }

    @Test
    void theExcelFileHasEveryTableWithTheSameFigures() throws IOException {
        PageSession board = PageSession.signedIn(baseUrl(), BOARD, PASSWORD);
        HttpResponse<byte[]> file = board.bytes("/thong-ke/xuat.xlsx?" + QUERY);

        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("thong-ke-2017-" + PROVINCE + ".xlsx");
        JsonNode report = api(BOARD, QUERY);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(report.get("tables").size());
            for (JsonNode table : report.get("tables")) {
                Sheet sheet = workbook.getSheet(table.get("sheet").asText());
                List<String> headers = new ArrayList<>();
                table.get("headers").forEach(h -> headers.add(h.asText()));
                assertThat(StatisticsWorkbookTest.texts(sheet.getRow(2))).isEqualTo(headers);
                int r = 3;
                for (JsonNode row : table.get("rows")) {
                    assertThat(StatisticsWorkbookTest.texts(sheet.getRow(r++))).as(table.get("sheet").asText())
                            .isEqualTo(texts(row.get("cells")));
                }
            }
            Row province = workbook.getSheet("Theo cấp").getRow(3);
            assertThat(province.getCell(1).getNumericCellValue()).isEqualTo(1880);
            assertThat(province.getCell(7).getNumericCellValue()).isEqualTo(0.7906);
        }
    }

    @Test
    void theAnnualReportAsPdf() {
        HttpResponse<byte[]> file = PageSession.signedIn(baseUrl(), BOARD, PASSWORD).bytes("/thong-ke/bao-cao.pdf?" + QUERY);

        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(PdfText.of(file.body())).containsSubsequence("ỦY BAN NHÂN DÂN", "TỈNH BẮC KẠN", "Bắc Kạn, ngày",
                "Tổng kết công tác thi đua, khen thưởng năm 2017", "2.220 lượt khen thưởng",
                "608 tập thể nhỏ, chiếm 79,06%", "542 người lao động trực tiếp, chiếm 48,78%", "Cấp tỉnh 1.880 1.111 542",
                "TM. ỦY BAN NHÂN DÂN");
    }

    @Test
    void aMovementAndACustomRangeNarrowTheFigures() {
        JsonNode movement = api(BOARD, QUERY + "&movement=" + NEW_COUNTRYSIDE);
        assertThat(texts(row(table(movement, "Tổng hợp"), "Tổng số khen thưởng"))).containsExactly("Tổng số khen thưởng",
                "100", "0", "—");

        JsonNode firstHalf = api(BOARD, "from=2017-01-01&to=2017-06-30&org=" + PROVINCE);
        assertThat(firstHalf.get("periodLabel").asText()).isEqualTo("từ ngày 01/01/2017 đến ngày 30/06/2017");
        assertThat(texts(row(table(firstHalf, "Theo cấp"), "Tổng cộng")).get(1))
                .as("all of 2017 but the 500 Bằng khen of 31 December and the 5 undated LĐTT").isEqualTo("1.715");
    }

    @Test
    void eachSeesTheirOwnScope() {
        JsonNode district = api(DISTRICT_STAFF, "fromYear=2017");
        assertThat(district.get("scopeName").asText()).isEqualTo("Huyện Chợ Mới");
        assertThat(texts(row(table(district, "Tổng hợp"), "Tổng số khen thưởng")).get(1))
                .isEqualTo(VietnameseNumbers.count(years.awards2017(CHO_MOI)));
        assertThat(rest.withBasicAuth(DISTRICT_STAFF, PASSWORD).getForEntity("/api/statistics?" + QUERY, String.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(api(SECRETARY, "fromYear=2017").get("scopeName").asText()).isEqualTo("Trường THCS Chợ Mới");
        assertThat(rest.withBasicAuth("bantdkt", PASSWORD).getForEntity("/api/statistics?" + QUERY, String.class)
                .getStatusCode().value()).as("another province's board").isEqualTo(403);
        PageSession secretary = PageSession.signedIn(baseUrl(), SECRETARY, PASSWORD);
        assertThat(secretary.status("/thong-ke?" + QUERY)).isEqualTo(403);
        assertThat(secretary.status("/thong-ke/danh-sach.csv?from=2017-01-01&to=2017-12-31&org=" + PROVINCE)).isEqualTo(403);
        assertThat(PageSession.anonymous(baseUrl()).status("/thong-ke")).isEqualTo(302);
    }

    private int listed(PageSession session, String link) {
        HttpResponse<String> page = session.get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher total = Pattern.compile("data-total=\"(\\d+)\"").matcher(page.body());
        assertThat(total.find()).isTrue();
        byte[] csv = session.bytes(link.replace(DrillDownLinks.LIST, DrillDownLinks.LIST + ".csv")).body();
        long lines = new String(csv, StandardCharsets.UTF_8).split("\r\n").length - 1;
        assertThat(lines).as("the CSV has as many awards as the page counts").isEqualTo(Long.parseLong(total.group(1)));
        return (int) lines;
    }

    private JsonNode api(String user, String query) {
        ResponseEntity<JsonNode> answer = rest.withBasicAuth(user, PASSWORD).getForEntity("/api/statistics?" + query,
                JsonNode.class);
        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(200);
        return answer.getBody();
    }

    private static JsonNode table(JsonNode report, String sheet) {
        for (JsonNode table : report.get("tables")) {
            if (table.get("sheet").asText().equals(sheet)) {
                return table;
            }
        }
        throw new AssertionError("Không có bảng " + sheet);
    }

    /** The cells of the row whose first cell reads {@code label}. */
    private static JsonNode row(JsonNode table, String label) {
        for (JsonNode row : table.get("rows")) {
            if (row.get("cells").get(0).get("text").asText().equals(label)) {
                return row.get("cells");
            }
        }
        throw new AssertionError("Không có dòng " + label + " trong bảng " + table.get("sheet"));
    }

    private static List<String> texts(JsonNode cells) {
        List<String> texts = new ArrayList<>();
        cells.forEach(c -> texts.add(c.get("text").asText()));
        return texts;
    }

    private static List<List<String>> rowsTexts(JsonNode table) {
        List<List<String>> rows = new ArrayList<>();
        table.get("rows").forEach(r -> rows.add(texts(r.get("cells"))));
        return rows;
    }

    private static String section(String html, String sheet) {
        int start = html.indexOf("data-table=\"" + sheet + "\"");
        assertThat(start).as(sheet).isPositive();
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static List<String> cellTexts(String html) {
        List<String> texts = new ArrayList<>();
        Matcher cell = Pattern.compile("<td[^>]*>(?:<a[^>]*>|<span>)([^<]*)</").matcher(html);
        while (cell.find()) {
            texts.add(HtmlUtils.htmlUnescape(cell.group(1)));
        }
        return texts;
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private static void person(IdentityService identity, String userId, String groupId) {
        User user = identity.newUser(userId);
        user.setFirstName(userId);
        user.setLastName("(Bắc Kạn)");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(userId, groupId);
    }
}
