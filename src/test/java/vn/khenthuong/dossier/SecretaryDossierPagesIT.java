package vn.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.testsupport.Browser;
import vn.khenthuong.testsupport.DossierApiClient;
import vn.khenthuong.testsupport.EngineRestClient;
import vn.khenthuong.testsupport.Samples;
import vn.khenthuong.testsupport.TestAccounts;

/**
 * The secretary of Trường Tiểu học Hòa Chung prepares a dossier on our pages, the district's Phòng Nội vụ
 * returns it in Tasklist with a comment, and the secretary supplements and resubmits it. Screenshots of
 * every important screen go to target/screenshots/.
 */
@PostgresIntegrationTest
class SecretaryDossierPagesIT {

    private static final String SECRETARY = "thuky.hoachung";
    private static final String REVIEWER = "noivu.tpcb";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;

    @TempDir
    Path files;

    @Test
    void aDossierIsPreparedReturnedInTasklistAndResubmitted() throws IOException {
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100, 1000));
        String first = "Lục Thị Mai " + suffix;
        String second = "Nông Văn Quế " + suffix;
        String comment = "Bổ sung bản sao quyết định nâng lương của ông " + second + ".";
        Path pdf = Files.write(files.resolve("to-trinh.pdf"), Samples.pdf());
        long id;
        String code;

        try (Browser secretary = new Browser(baseUrl())) {
            secretary.signIn(SECRETARY, TestAccounts.PASSWORD);
            secretary.open("/ho-so");
            secretary.screenshot("ho-so-danh-sach-truoc");
            click(secretary, By.linkText("Tạo hồ sơ mới"));
            assertThat(secretary.text(By.tagName("h1"))).isEqualTo("Tạo hồ sơ mới");

            new Select(secretary.find(By.id("awardCode"))).selectByVisibleText("Lao động tiên tiến");
            type(secretary, "movement", "Dạy tốt, học tốt");
            type(secretary, "summary", "Năm học hoàn thành tốt nhiệm vụ.");
            type(secretary, "n0-fullName", first);
            type(secretary, "n0-cccd", "00419000123");
            type(secretary, "n0-birthDate", "20/04/1986");
            type(secretary, "n0-jobTitle", "Giáo viên lớp 3A");
            new Select(secretary.find(By.id("n0-dutyRating"))).selectByVisibleText("Hoàn thành tốt nhiệm vụ");
            type(secretary, "n0-monthsOfService", "12");
            click(secretary, By.id("add-individual"));

            assertThat(secretary.driver().findElements(By.cssSelector("fieldset.nominee"))).hasSize(2);
            assertThat(secretary.find(By.id("n0-fullName")).getAttribute("value")).isEqualTo(first);
            type(secretary, "n1-fullName", second);
            type(secretary, "n1-cccd", DossierApiClient.randomCccd());
            new Select(secretary.find(By.id("n1-dutyRating"))).selectByVisibleText("Hoàn thành xuất sắc nhiệm vụ");
            type(secretary, "n1-monthsOfService", "12");
            click(secretary, By.id("save"));

            // the API's message next to the field, and nothing typed lost
            assertThat(secretary.text(By.id("n0-cccd-error"))).isEqualTo("Số CCCD phải gồm đúng 12 chữ số");
            assertThat(secretary.find(By.id("n0-cccd")).getAttribute("value")).isEqualTo("00419000123");
            assertThat(secretary.find(By.id("n1-fullName")).getAttribute("value")).isEqualTo(second);
            assertThat(new Select(secretary.find(By.id("awardCode"))).getFirstSelectedOption().getText())
                    .isEqualTo("Lao động tiên tiến");
            secretary.screenshot("ho-so-moi-loi-cccd");

            secretary.find(By.id("n0-cccd")).clear();
            type(secretary, "n0-cccd", DossierApiClient.randomCccd());
            click(secretary, By.id("save"));
            assertThat(secretary.driver().getCurrentUrl()).matches(".*/ho-so/\\d+/sua");
            id = Long.parseLong(secretary.driver().getCurrentUrl().replaceAll(".*/ho-so/(\\d+)/sua.*", "$1"));
            code = secretary.text(By.tagName("h1")).replace("Sửa hồ sơ ", "");
            assertThat(secretary.text(By.cssSelector(".alert.ok"))).startsWith("Đã lưu hồ sơ " + code);

            // a file above the limit is refused on the form, before it is sent
            Path large = Files.write(files.resolve("qua-lon.pdf"), new byte[21 * 1024 * 1024]);
            secretary.find(By.id("file")).sendKeys(large.toAbsolutePath().toString());
            assertThat(secretary.find(By.id("file")).getDomProperty("validationMessage"))
                    .isEqualTo("Tệp vượt quá dung lượng cho phép (20 MB)");

            upload(secretary, "Tờ trình", pdf);
            assertThat(secretary.text(By.cssSelector("#tai-lieu .alert.ok")))
                    .isEqualTo("Đã tải lên tài liệu Tờ trình: to-trinh.pdf");
            assertThat(download(secretary, "to-trinh.pdf")).isEqualTo("200 application/pdf");

            // blocking findings: the documents LĐTT needs, and the second person's missing birth date
            assertThat(secretary.clickAndAnswer(By.id("submit"), true))
                    .isEqualTo("Nộp hồ sơ " + code + " để xét? Sau khi nộp, hồ sơ chỉ sửa được nếu bị trả lại.");
            assertThat(secretary.text(By.cssSelector("#kiem-tra .alert.bad")))
                    .isEqualTo("Chưa nộp được hồ sơ: còn 4 lỗi phải sửa, xem danh sách dưới đây.");
            assertThat(secretary.text(By.cssSelector(".findings.blocking")))
                    .contains("Hồ sơ thiếu tài liệu: Biên bản họp Hội đồng")
                    .contains(second + ": chưa có ngày sinh");
            assertThat(secretary.text(By.id("status"))).isEqualTo("Đang soạn");
            secretary.screenshot("ho-so-sua-loi-chan-nop");

            type(secretary, "n1-birthDate", "02/11/1979");
            click(secretary, By.id("save"));
            assertThat(secretary.text(By.cssSelector(".alert.ok"))).isEqualTo("Đã lưu hồ sơ");
            upload(secretary, "Danh sách đề nghị", pdf);
            upload(secretary, "Báo cáo thành tích", pdf);
            upload(secretary, "Biên bản họp Hội đồng", pdf);
            click(secretary, By.id("check"));
            assertThat(secretary.driver().findElements(By.cssSelector(".findings.blocking"))).isEmpty();
            assertThat(secretary.text(By.cssSelector("#kiem-tra .alert.ok"))).startsWith("Kết quả kiểm tra:");
            secretary.screenshot("ho-so-sua-san-sang-nop");

            secretary.clickAndAnswer(By.id("submit"), false);
            assertThat(secretary.text(By.id("status"))).as("not sent when the question is declined").isEqualTo("Đang soạn");
            secretary.clickAndAnswer(By.id("submit"), true);
            assertThat(secretary.driver().getCurrentUrl()).endsWith("/ho-so");
            assertThat(secretary.text(By.cssSelector(".alert.ok"))).isEqualTo("Đã nộp hồ sơ " + code);
            WebElement row = row(secretary, code);
            assertThat(row.findElement(By.cssSelector(".status")).getText()).isEqualTo("Đang xét duyệt");
            assertThat(row.findElement(By.cssSelector(".step")).getText()).isEqualTo("Phòng Nội vụ thẩm định hồ sơ");
            assertThat(row.findElement(By.cssSelector(".held")).getText()).isEqualTo("Phòng Nội vụ - Thành phố Cao Bằng");
            assertThat(row.findElement(By.cssSelector(".due")).getText()).matches("\\d{2}/\\d{2}/\\d{4}");
            assertThat(row.findElements(By.linkText("Sửa"))).isEmpty();
            secretary.screenshot("ho-so-danh-sach-da-nop");
            assertThat(secretary.contentSecurityViolations()).as("the pages within their policy").isEmpty();
        }

        returnInTasklist(code, List.of(first, second), comment);

        try (Browser secretary = new Browser(baseUrl())) {
            secretary.signIn(SECRETARY, TestAccounts.PASSWORD);
            secretary.open("/ho-so");
            WebElement row = row(secretary, code);
            assertThat(row.findElement(By.cssSelector(".status")).getText()).isEqualTo("Trả lại để bổ sung");
            assertThat(row.findElement(By.cssSelector(".step")).getText()).isEqualTo("Bổ sung hồ sơ");
            click(secretary, By.cssSelector("tr[data-code='" + code + "'] a[href$='/sua']"));

            assertThat(secretary.text(By.cssSelector(".alert.returned .return-comment"))).isEqualTo(comment);
            assertThat(secretary.text(By.cssSelector(".alert.returned")))
                    .contains("Phòng Nội vụ Thành phố Cao Bằng thẩm định");
            assertThat(secretary.text(By.id("submit"))).isEqualTo("Nộp lại");
            assertEveryInputLabelled(secretary);
            secretary.screenshot("ho-so-bi-tra-lai");

            type(secretary, "n1-jobTitle", "Nhân viên bảo vệ");
            click(secretary, By.id("save"));
            assertThat(secretary.text(By.cssSelector(".alert.ok"))).isEqualTo("Đã lưu hồ sơ");
            upload(secretary, "Tài liệu khác", pdf);
            type(secretary, "response", "Đã bổ sung quyết định nâng lương.");
            assertThat(secretary.clickAndAnswer(By.id("submit"), true)).startsWith("Nộp lại hồ sơ " + code);

            assertThat(secretary.text(By.cssSelector(".alert.ok"))).isEqualTo("Đã nộp lại hồ sơ " + code);
            row = row(secretary, code);
            assertThat(row.findElement(By.cssSelector(".status")).getText()).isEqualTo("Đang xét duyệt");
            assertThat(row.findElement(By.cssSelector(".step")).getText()).isEqualTo("Phòng Nội vụ thẩm định hồ sơ");
            secretary.screenshot("ho-so-danh-sach-da-nop-lai");
        }
        assertThat(new DossierApiClient(rest).get(SECRETARY, "/api/dossiers/" + id).getBody().get("documents"))
                .hasSize(5);
    }

    @Test
    void theUnitWithdrawsASubmittedDossierFromItsPageWithAReason() {
        DossierApiClient api = new DossierApiClient(rest);
        JsonNode created = api.createDraft(SECRETARY, "LDTT");
        long id = created.get("id").asLong();
        String code = created.get("code").asText();
        api.attachMissingDocuments(SECRETARY, id);
        api.submit(SECRETARY, id, null);

        try (Browser secretary = new Browser(baseUrl())) {
            secretary.signIn(SECRETARY, TestAccounts.PASSWORD);
            secretary.open("/ho-so/" + id);
            type(secretary, "reason", "Cá nhân chuyển công tác trước khi bình xét");
            assertThat(secretary.clickAndAnswer(By.id("withdraw"), false))
                    .isEqualTo("Rút hồ sơ " + code + "? Hồ sơ đã rút không trình lại được.");
            assertThat(api.get(SECRETARY, "/api/dossiers/" + id).getBody().get("status").asText()).isEqualTo("SUBMITTED");

            secretary.clickAndAnswer(By.id("withdraw"), true);
            assertThat(secretary.text(By.cssSelector(".alert.ok"))).isEqualTo("Đã rút hồ sơ " + code);
            assertThat(secretary.text(By.cssSelector("h1 .badge"))).isEqualTo("Đã rút");
            assertThat(secretary.text(By.cssSelector(".timeline"))).contains("Hồ sơ đã rút",
                    "Lý do: Cá nhân chuyển công tác trước khi bình xét");
            assertThat(secretary.driver().findElements(By.id("withdraw"))).as("nothing left to withdraw").isEmpty();
            secretary.screenshot("ho-so-da-rut");
        }
    }

    @Test
    void theListFitsAPhoneWithoutScrollingThePageSideways() {
        new DossierApiClient(rest).createDraft(SECRETARY, "LDTT");
        try (Browser phone = new Browser(baseUrl(), Browser.PHONE)) {
            phone.signIn(SECRETARY, TestAccounts.PASSWORD);
            phone.open("/ho-so");
            assertThat(phone.driver().findElements(By.cssSelector("table.dossiers tbody tr"))).isNotEmpty();
            assertNoSidewaysScroll(phone);
            phone.screenshot("ho-so-danh-sach-dien-thoai");

            phone.open("/ho-so/moi");
            assertNoSidewaysScroll(phone);
            assertEveryInputLabelled(phone);
            phone.screenshot("ho-so-moi-dien-thoai");
        }
    }

    /** The district reviewer works the task in Tasklist: claims it, reads the dossier in the form, returns it. */
    private void returnInTasklist(String code, List<String> names, String comment) {
        EngineRestClient engine = new EngineRestClient(rest);
        String taskId = engine.task(REVIEWER, code, "districtCheck").get("id").asText();
        try (Browser reviewer = new Browser(baseUrl())) {
            reviewer.signInToTasklist(REVIEWER, TestAccounts.PASSWORD);
            reviewer.find(By.xpath("//*[contains(text(), 'Việc của đơn vị')]")).click();
            reviewer.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//*[contains(text(), 'Phòng Nội vụ thẩm định hồ sơ')]")));
            reviewer.screenshot("tasklist-viec-cua-don-vi");

            // the list does not show dossier codes: open the dossier's task by its address, as a link would
            reviewer.open("/camunda/app/tasklist/default/#/?task=" + taskId);
            reviewer.waitUntil(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(text(), 'Nhận việc')]")))
                    .click();
            WebElement form = reviewer.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".fjs-form")));
            reviewer.waitUntil(d -> form.getText().contains(code));
            assertThat(form.getText()).contains(names);
            reviewer.screenshot("tasklist-tham-dinh-ho-so");

            reviewer.centred(reviewer.waitUntil(ExpectedConditions.elementToBeClickable(
                    By.xpath("//label[contains(., 'Trả lại để đơn vị bổ sung')]/input")))).click();
            WebElement label = reviewer.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//label[contains(., 'Nội dung cần bổ sung')]")));
            reviewer.centred(reviewer.find(By.id(label.getAttribute("for")))).sendKeys(comment);
            reviewer.screenshot("tasklist-tra-lai");
            reviewer.centred(reviewer.find(By.xpath("//button[contains(., 'Hoàn thành')]"))).click();
            reviewer.waitUntil(d -> engine.tasks(REVIEWER, code).isEmpty());
        }
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private static void click(Browser browser, By by) {
        browser.clickAndWait(by);
    }

    private static void type(Browser browser, String id, String text) {
        browser.find(By.id(id)).sendKeys(text);
    }

    private static void upload(Browser browser, String kind, Path file) {
        new Select(browser.find(By.id("kind"))).selectByVisibleText(kind);
        browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        click(browser, By.id("upload"));
    }

    /** Fetches the document link of the page in the page's session: status and content type. */
    private static String download(Browser browser, String fileName) {
        String href = browser.find(By.linkText(fileName)).getAttribute("href");
        return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('Content-Type')));""", href);
    }

    private static WebElement row(Browser browser, String code) {
        return browser.find(By.cssSelector("tr[data-code='" + code + "']"));
    }

    private static void assertEveryInputLabelled(Browser browser) {
        assertThat(browser.unlabelledInputs()).isEmpty();
    }

    private static void assertNoSidewaysScroll(Browser browser) {
        assertThat(browser.sidewaysOverflow()).as("pixels beyond the window's width").isZero();
    }
}
