package vn.khenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.testsupport.ApprovedDossiers;
import vn.khenthuong.testsupport.Browser;
import vn.khenthuong.testsupport.DossierApiClient;
import vn.khenthuong.testsupport.EngineRestClient;
import vn.khenthuong.testsupport.PageSession;
import vn.khenthuong.testsupport.TestAccounts;

/**
 * The district's Phòng Nội vụ drafts a decision on our pages from a dossier the district approved, the
 * chairman signs it, and the decision shows its number, the bonus and the signed file; the unit's
 * secretary finds it in the list, another unit does not. Screenshots at laptop and phone width go to
 * target/screenshots/.
 */
@PostgresIntegrationTest
class DecisionPagesIT {

    private static final String STAFF = ApprovedDossiers.STAFF;
    private static final String CHAIRMAN = ApprovedDossiers.CHAIRMAN;
    private static final String SECRETARY = ApprovedDossiers.SECRETARY;
    private static final String ACHIEVEMENT = "đã có thành tích xuất sắc trong phong trào thi đua “Dạy tốt, học tốt” "
            + "năm học 2025 - 2026";

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

    @Test
    void theStaffDraftsOnThePageTheChairmanSignsAndTheUnitReadsTheDecision() {
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100, 1000));
        String kept = "Hà Thị Lan " + suffix;
        String left = "Nông Văn Tuấn " + suffix;
        JsonNode dossier = ApprovedDossiers.atDistrict(api, engine, kept, left);
        long keptId = ApprovedDossiers.nomineeId(dossier, kept);
        long leftId = ApprovedDossiers.nomineeId(dossier, left);
        long id;

        try (Browser staff = new Browser(baseUrl())) {
            staff.signIn(STAFF, TestAccounts.PASSWORD);
            staff.open("/quyet-dinh");
            click(staff, By.linkText("Lập dự thảo quyết định"));
            assertThat(staff.text(By.tagName("h1"))).isEqualTo("Lập dự thảo quyết định");
            staff.open("/quyet-dinh/moi?award=LDTT");

            WebElement group = staff.find(By.cssSelector("tbody[data-dossier='" + dossier.get("id").asLong() + "']"));
            assertThat(group.getText()).contains(dossier.get("code").asText(), "Trường Tiểu học Hòa Chung", kept, left);
            assertThat(box(staff, keptId).isSelected()).as("everyone waiting is ticked at first").isTrue();
            assertThat(box(staff, leftId).isSelected()).isTrue();
            assertEveryInputLabelled(staff);
            // others' approved nominees may be waiting too: clear all, keep only this dossier's first person
            staff.centred(staff.find(By.id("chon-tat-ca"))).click();
            assertThat(box(staff, keptId).isSelected()).isFalse();
            assertThat(staff.text(By.id("so-da-chon"))).startsWith("Đã chọn 0/");
            staff.centred(staff.find(By.id("g-" + dossier.get("id").asLong()))).click();
            assertThat(box(staff, leftId).isSelected()).as("the dossier's box ticks its people").isTrue();
            staff.centred(box(staff, leftId)).click();
            assertThat(staff.text(By.id("so-da-chon"))).startsWith("Đã chọn 1/");
            staff.find(By.id("proposalRef")).sendKeys("Tờ trình số 21/TTr-PNV ngày 02/12/2026");
            staff.screenshot("quyet-dinh-lap-du-thao");

            // no wording: the message next to the field, and the ticks and the proposal kept
            click(staff, By.id("save"));
            assertThat(staff.text(By.id("achievement-error"))).isEqualTo("Ghi thành tích được khen thưởng (nội dung Điều 1)");
            assertThat(box(staff, keptId).isSelected()).isTrue();
            assertThat(box(staff, leftId).isSelected()).isFalse();
            assertThat(staff.find(By.id("proposalRef")).getAttribute("value")).isEqualTo("Tờ trình số 21/TTr-PNV ngày 02/12/2026");
            staff.screenshot("quyet-dinh-lap-du-thao-loi");

            staff.find(By.id("achievement")).sendKeys(ACHIEVEMENT);
            click(staff, By.id("save"));
            assertThat(staff.driver().getCurrentUrl()).matches(".*/quyet-dinh/\\d+");
            id = Long.parseLong(staff.driver().getCurrentUrl().replaceAll(".*/quyet-dinh/(\\d+)$", "$1"));
            assertThat(staff.text(By.cssSelector(".alert.ok"))).isEqualTo("Đã lập dự thảo và trình Chủ tịch");
            assertThat(staff.text(By.tagName("h1"))).isEqualTo("Dự thảo quyết định");
            assertThat(staff.text(By.id("status"))).isEqualTo("Dự thảo — chờ Chủ tịch ký");
            assertThat(names(staff)).containsExactly(kept);
            assertThat(staff.text(By.id("achievement-text"))).isEqualTo(ACHIEVEMENT);
            assertThat(fetch(staff, staff.find(By.id("draft-pdf")).getAttribute("href"))).isEqualTo("200 application/pdf %PDF");
            staff.screenshot("quyet-dinh-du-thao");
            assertThat(staff.contentSecurityViolations()).as("the pages within their policy").isEmpty();
        }
        assertThat(api.get(STAFF, "/api/decisions/waiting?award=LDTT").getBody().findValues("nomineeId").stream()
                .map(JsonNode::asLong)).as("the one left out waits for the next decision").contains(leftId)
                .doesNotContain(keptId);

        engine.work(CHAIRMAN, "QD-" + id, "reviewDraft", Map.of("decisionOutcome", "SIGN"));

        try (Browser secretary = new Browser(baseUrl())) {
            secretary.signIn(SECRETARY, TestAccounts.PASSWORD);
            secretary.open("/quyet-dinh");
            WebElement row = secretary.find(By.cssSelector("tr[data-id='" + id + "']"));
            String number = row.findElement(By.cssSelector("td.code")).getText();
            assertThat(number).matches("\\d+/QĐ-UBND");
            assertThat(row.findElement(By.cssSelector(".status")).getText()).isEqualTo("Đã ký, ban hành");
            assertThat(row.findElement(By.cssSelector(".total")).getText()).isEqualTo("710.000 đồng");
            assertThat(row.findElement(By.cssSelector(".recipients")).getText()).isEqualTo("1 cá nhân");
            assertThat(row.findElement(By.cssSelector(".signer")).getText()).isEqualTo("Lục Văn Cường");
            secretary.screenshot("quyet-dinh-danh-sach");

            click(secretary, By.linkText(number));
            assertThat(secretary.text(By.tagName("h1"))).isEqualTo("Quyết định số " + number);
            assertThat(secretary.text(By.id("number"))).isEqualTo(number);
            assertThat(secretary.text(By.id("signer"))).isEqualTo("Lục Văn Cường, Chủ tịch UBND Thành phố Cao Bằng");
            assertThat(secretary.text(By.id("signed-at"))).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
            assertThat(secretary.text(By.id("sha256"))).matches("[0-9a-f]{64}");
            assertThat(names(secretary)).containsExactly(kept);
            assertThat(secretary.text(By.cssSelector("table.recipients td.bonus"))).isEqualTo("710.000 đồng");
            assertThat(secretary.text(By.id("total"))).isEqualTo("710.000 đồng");
            WebElement pdf = secretary.find(By.linkText("Tải quyết định đã ký (PDF)"));
            assertThat(pdf.getAttribute("href")).endsWith("/quyet-dinh/" + id + "/quyet-dinh.pdf");
            assertThat(fetch(secretary, pdf.getAttribute("href"))).isEqualTo("200 application/pdf %PDF");
            assertThat(secretary.driver().findElements(By.id("draft-pdf"))).isEmpty();
            secretary.screenshot("quyet-dinh-da-ky");
        }

        try (Browser phone = new Browser(baseUrl(), Browser.PHONE)) {
            phone.signIn(SECRETARY, TestAccounts.PASSWORD);
            phone.open("/quyet-dinh");
            assertNoSidewaysScroll(phone);
            phone.screenshot("quyet-dinh-danh-sach-dien-thoai");
            phone.open("/quyet-dinh/" + id);
            assertNoSidewaysScroll(phone);
            phone.screenshot("quyet-dinh-da-ky-dien-thoai");
        }

        PageSession stranger = PageSession.signIn(port, "thuky.thpttk");
        assertThat(stranger.get("/quyet-dinh/" + id).statusCode()).isEqualTo(404);
        assertThat(stranger.get("/quyet-dinh/" + id).body()).contains("Không tìm thấy trang");
        assertThat(stranger.get("/quyet-dinh/" + id + "/quyet-dinh.pdf").statusCode()).isEqualTo(404);
        assertThat(stranger.get("/quyet-dinh").body()).doesNotContain("data-id=\"" + id + "\"");
    }

    /** The chairman returns the draft; the staff add a person on the page and resubmit in Tasklist from its link. */
    @Test
    void aReturnedDraftIsRevisedOnThePageAndResubmittedInTasklist() {
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100, 1000));
        String first = "Đinh Thị Hoa " + suffix;
        String added = "La Văn Sơn " + suffix;
        JsonNode dossier = ApprovedDossiers.atDistrict(api, engine, first, added);
        long addedId = ApprovedDossiers.nomineeId(dossier, added);
        long id = api.post(STAFF, "/api/decisions", Map.of("awardCode", "LDTT", "nomineeIds",
                List.of(ApprovedDossiers.nomineeId(dossier, first)), "achievement", ACHIEVEMENT)).getBody().get("id").asLong();
        engine.work(CHAIRMAN, "QD-" + id, "reviewDraft", Map.of("decisionOutcome", "RETURN",
                "decisionComment", "Thiếu thầy " + added));
        String revised = ACHIEVEMENT + ", tiêu biểu trong phong trào “Xây dựng trường học thân thiện”";

        try (Browser staff = new Browser(baseUrl())) {
            // signed in to Tasklist, the pages let them in too, and the task link opens without another sign-in
            staff.signInToTasklist(STAFF, TestAccounts.PASSWORD);
            staff.open("/quyet-dinh/" + id);
            assertThat(staff.text(By.id("status"))).isEqualTo("Bị trả lại");
            assertThat(staff.text(By.cssSelector(".alert.returned .return-comment"))).isEqualTo("Thiếu thầy " + added);
            assertThat(box(staff, addedId).isSelected()).as("waiting, not in the draft yet").isFalse();
            assertThat(staff.unlabelledInputs()).isEmpty();
            staff.centred(box(staff, addedId)).click();
            staff.find(By.id("achievement")).clear();
            staff.find(By.id("achievement")).sendKeys(revised);
            staff.screenshot("quyet-dinh-bi-tra-lai");
            click(staff, By.id("save"));

            assertThat(staff.text(By.cssSelector(".alert.ok"))).startsWith("Đã lưu dự thảo đã sửa");
            assertThat(names(staff)).containsExactly(first, added);
            click(staff, By.id("task-link"));
            staff.waitUntil(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(text(), 'Nhận việc')]"))).click();
            WebElement wording = staff.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//label[contains(., 'Thành tích được khen thưởng')]")));
            staff.waitUntil(d -> staff.text(By.cssSelector(".fjs-form")).contains(added));
            assertThat(staff.find(By.id(wording.getAttribute("for"))).getAttribute("value")).isEqualTo(revised);
            staff.centred(staff.waitUntil(ExpectedConditions.elementToBeClickable(
                    By.xpath("//label[contains(., 'Trình lại Chủ tịch')]/input")))).click();
            staff.screenshot("quyet-dinh-trinh-lai-tasklist");
            staff.centred(staff.find(By.xpath("//button[contains(., 'Hoàn thành')]"))).click();
            staff.waitUntil(d -> api.get(STAFF, "/api/decisions/" + id).getBody().get("status").asText().equals("IN_REVIEW"));
        }
        assertThat(api.get(STAFF, "/api/decisions/" + id).getBody().get("achievement").asText()).isEqualTo(revised);
    }

    @Test
    void theDraftPageFitsAPhone() {
        String name = "Lò Thị Mến " + ThreadLocalRandom.current().nextInt(100, 1000);
        ApprovedDossiers.atDistrict(api, engine, name);
        try (Browser phone = new Browser(baseUrl(), Browser.PHONE)) {
            phone.signIn(STAFF, TestAccounts.PASSWORD);
            phone.open("/quyet-dinh/moi?award=LDTT");
            assertThat(phone.pageText()).contains(name);
            assertNoSidewaysScroll(phone);
            assertEveryInputLabelled(phone);
            phone.screenshot("quyet-dinh-lap-du-thao-dien-thoai");
        }
    }

    /**
     * As many collectives as a province names in one decision (73, from four dossiers): one plain page to tick,
     * one draft to read. (One dossier of 73 cannot be submitted yet: its Tasklist summary passes Camunda's
     * 4,000 characters for a String variable.)
     */
    @Test
    void seventyThreeCollectivesStayOnePageToChooseFrom() {
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100, 1000));
        List<Long> dossierIds = new java.util.ArrayList<>();
        for (int[] range : new int[][] {{1, 19}, {20, 37}, {38, 55}, {56, 73}}) {
            ObjectNode[] collectives = IntStream.rangeClosed(range[0], range[1]).mapToObj(i -> DossierApiClient.collective(
                    "Tổ chuyên môn số " + i + " (" + suffix + ")", "thhoachung-to" + i + "-" + suffix))
                    .toArray(ObjectNode[]::new);
            dossierIds.add(ApprovedDossiers.forAward(api, engine, "TT_LDTT", collectives).get("id").asLong());
        }

        try (Browser staff = new Browser(baseUrl())) {
            staff.signIn(STAFF, TestAccounts.PASSWORD);
            long started = System.nanoTime();
            staff.open("/quyet-dinh/moi?award=TT_LDTT");
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(dossierIds.stream().mapToInt(id -> staff.driver().findElements(
                    By.cssSelector("tbody[data-dossier='" + id + "'] tr.nominee")).size()).sum()).isEqualTo(73);
            assertThat(millis).as("the page opens in a few seconds at most").isLessThan(5_000);
            staff.centred(staff.find(By.id("chon-tat-ca"))).click();
            dossierIds.forEach(id -> staff.centred(staff.find(By.id("g-" + id))).click());
            assertThat(staff.text(By.id("so-da-chon"))).startsWith("Đã chọn 73/");
            staff.find(By.id("achievement")).sendKeys("đã có thành tích xuất sắc trong phong trào thi đua năm học 2025 - 2026");
            click(staff, By.id("save"));

            assertThat(staff.text(By.cssSelector(".alert.ok"))).isEqualTo("Đã lập dự thảo và trình Chủ tịch");
            assertThat(staff.text(By.cssSelector("#danh-sach h2"))).endsWith("73 tập thể");
            assertThat(names(staff)).hasSize(73).startsWith("Tổ chuyên môn số 1 (" + suffix + ")")
                    .endsWith("Tổ chuyên môn số 73 (" + suffix + ")");
            assertThat(staff.text(By.id("total"))).as("73 × 0,8 × 2.340.000, each rounded up to 10.000")
                    .isEqualTo("137.240.000 đồng");
            staff.screenshot("quyet-dinh-73-tap-the");
        }
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private static WebElement box(Browser browser, long nomineeId) {
        return browser.find(By.id("n-" + nomineeId));
    }

    private static List<String> names(Browser browser) {
        return browser.driver().findElements(By.cssSelector("table.recipients tbody td.name")).stream()
                .map(WebElement::getText).toList();
    }

    private static void click(Browser browser, By by) {
        browser.clickAndWait(by);
    }

    /** Fetches a link in the page's session: status, content type and the first four bytes. */
    private static String fetch(Browser browser, String href) {
        return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('Content-Type')
                    + ' ' + String.fromCharCode(...new Uint8Array(b.slice(0, 4))))));""", href);
    }

    private static void assertEveryInputLabelled(Browser browser) {
        assertThat(browser.unlabelledInputs()).isEmpty();
    }

    private static void assertNoSidewaysScroll(Browser browser) {
        assertThat(browser.sidewaysOverflow()).as("pixels beyond the window's width").isZero();
    }
}
