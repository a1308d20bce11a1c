package vn.khenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
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
 * A reviewer's day in Tasklist: each task card says which dossier it is (code, award, nominees, unit), the
 * dossier code finds it in "Lọc việc", a task nobody has taken says so above its grey form, and a dossier
 * sent back by its unit shows first what the unit answered and added.
 */
@PostgresIntegrationTest
class ReviewerTasklistBrowserIT {

    private static final String SECRETARY = "thuky.hoachung";
    private static final String STAFF = "noivu.tpcb";

    @Autowired
    TestRestTemplate rest;
    @LocalServerPort
    int port;

    private DossierApiClient api;
    private EngineRestClient engine;

    @BeforeEach
    void client() {
        api = new DossierApiClient(rest);
        engine = new EngineRestClient(rest);
    }

    @Test
    void eachTaskCardSaysWhichDossierAndTheCodeFindsIt() {
        String first = submitted("Hà Thị Cúc", "Nông Văn Sơn", "Bế Thị Lan");
        String second = submitted("Triệu Văn Thắng");

        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.signInToTasklist(STAFF, TestAccounts.PASSWORD);
            browser.waitUntil(d -> d.findElement(By.cssSelector(".tasks-list")).getText().contains(second));
            WebElement card = card(browser, first);
            assertThat(card.getText()).contains("Hồ sơ", first + " · Lao động tiên tiến · 3 cá nhân",
                    "Đơn vị", "Trường Tiểu học Hòa Chung");
            browser.screenshot("tasklist-the-viec-noi-vu");

            // "Lọc việc": the code, as the dossier's key
            browser.find(By.cssSelector("[cam-widget-search] input")).click();
            browser.waitUntil(d -> d.findElement(By.xpath("//*[contains(@class,'dropdown-menu')]//a[contains(., 'Mã hồ sơ')]"))).click();
            WebElement value = browser.waitUntil(d -> d.findElements(By.cssSelector("[cam-widget-search] input")).stream()
                    .filter(i -> i.isDisplayed() && !"Lọc việc".equals(i.getAttribute("placeholder"))).findFirst()
                    .orElse(null));
            value.sendKeys(first, Keys.ENTER);
            browser.waitUntil(d -> !d.findElement(By.cssSelector(".tasks-list")).getText().contains(second));
            assertThat(browser.text(By.cssSelector(".tasks-list"))).contains(first);
            browser.screenshot("tasklist-loc-theo-ma-ho-so");
        }
    }

    @Test
    void aResubmittedDossierShowsWhatTheUnitAnsweredAndAddedOnceTheReviewerTakesTheTask() {
        JsonNode created = api.created(SECRETARY, DossierApiClient.dossier(null, "LDTT",
                DossierApiClient.individual("Hoàng Thị Mai")));
        long id = created.get("id").asLong();
        String code = created.get("code").asText();
        api.attachMissingDocuments(SECRETARY, id);
        api.submit(SECRETARY, id, null);
        engine.sendBack(STAFF, code, "districtCheck", "Thiếu biên bản bình xét của đơn vị");
        api.upload(SECRETARY, id, "BIEN_BAN_HOP", "Biên bản bình xét.pdf", "application/pdf", Samples.pdf());
        api.submit(SECRETARY, id, java.util.Map.of("response", "Đã bổ sung biên bản bình xét"));
        String taskId = engine.task(STAFF, code, "districtCheck").get("id").asText();

        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.signInToTasklist(STAFF, TestAccounts.PASSWORD);
            browser.open("/camunda/app/tasklist/default/#/?task=" + taskId);
            WebElement banner = browser.waitUntil(d -> d.findElement(By.cssSelector(".khenthuong-claim-banner")));
            assertThat(banner.getText()).contains("chưa có người nhận", "biểu mẫu đang khóa");
            browser.screenshot("tasklist-viec-chua-nhan");
            banner.findElement(By.tagName("button")).click();
            browser.waitUntil(d -> d.findElements(By.cssSelector(".khenthuong-claim-banner")).isEmpty());

            String form = browser.waitUntil(d -> d.findElement(By.cssSelector(".fjs-form"))).getText();
            assertThat(form).contains("Đơn vị đã bổ sung sau khi bị trả lại lúc",
                    "Yêu cầu: Thiếu biên bản bình xét của đơn vị", "Giải trình của đơn vị: Đã bổ sung biên bản bình xét",
                    "Biên bản họp Hội đồng: Biên bản bình xét.pdf — tải lên lúc");
            browser.centred(browser.find(By.xpath("//label[contains(., 'Hồ sơ đạt')]/input"))).click();
            assertThat(browser.text(By.cssSelector(".fjs-form")))
                    .as("no error to pass over, so no reason asked").doesNotContain("Lý do chấp nhận vượt qua lỗi");
            browser.screenshot("tasklist-ho-so-trinh-lai");
        }
    }

    private static WebElement card(Browser browser, String code) {
        List<WebElement> cards = browser.driver().findElements(By.cssSelector(".tasks-list > li"));
        return cards.stream().filter(c -> c.getText().contains(code)).findFirst().orElseThrow();
    }

    private String submitted(String... names) {
        JsonNode created = api.created(SECRETARY, DossierApiClient.dossier(null, "LDTT",
                java.util.Arrays.stream(names).map(DossierApiClient::individual)
                        .toArray(com.fasterxml.jackson.databind.node.ObjectNode[]::new)));
        long id = created.get("id").asLong();
        api.attachMissingDocuments(SECRETARY, id);
        api.submit(SECRETARY, id, null);
        return created.get("code").asText();
    }
}
