package vn.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.testsupport.Browser;
import vn.khenthuong.testsupport.DossierApiClient;
import vn.khenthuong.testsupport.EngineRestClient;

/**
 * The auditor in a real browser: finds a dossier the district returned by its nominee's CCCD, opens it,
 * reads every step in the history and sees the diagram drawn with the unit's open step marked.
 */
@PostgresIntegrationTest
class DossierPageBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;

    @Test
    void theAuditorFindsAReturnedDossierByCccdAndReadsItsHistoryAndDiagram() {
        String name = DossierHistoryPagesIT.uniqueName("Hoàng Thị");
        String cccd = DossierApiClient.randomCccd();
        JsonNode dossier = DossierHistoryPagesIT.returnedDossier(new DossierApiClient(rest), new EngineRestClient(rest),
                name, cccd);
        String code = dossier.get("code").asText();
        long id = dossier.get("id").asLong();

        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.signIn("kiemtra", "demo");
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/kiem-toan"));
            assertThat(browser.text(By.cssSelector("label[for=nguoi]"))).isEqualTo("Họ tên hoặc số CCCD");
            browser.find(By.id("nguoi")).sendKeys(cccd);
            browser.find(By.cssSelector("form[role=search] button.primary")).click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("nguoi=" + cccd));
            assertThat(browser.text(By.cssSelector(".result-count"))).startsWith("1 hồ sơ");
            assertThat(browser.text(By.cssSelector("table.responsive tbody"))).contains(code, name, "Trả lại để bổ sung");
            browser.screenshot("kiem-toan-tim-theo-cccd");

            browser.find(By.linkText(code)).click();
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/ho-so/" + id));
            assertThat(browser.text(By.tagName("h1"))).contains(code, "Trả lại để bổ sung");
            assertThat(browser.text(By.cssSelector(".alert"))).contains(DossierHistoryPagesIT.COMMENT);
            String timeline = browser.text(By.cssSelector("ol.timeline"));
            assertThat(timeline).contains("Lập hồ sơ", "Đính kèm tài liệu", "Trình hồ sơ",
                    "Chuyển đến bước: Phòng Nội vụ thẩm định hồ sơ",
                    "Phòng Nội vụ Thành phố Cao Bằng thẩm định: trả lại để bổ sung",
                    "Ý kiến: " + DossierHistoryPagesIT.COMMENT, "Thời gian xử lý:",
                    "Hồ sơ bị trả lại để bổ sung", "Đang chờ xử lý: Bổ sung hồ sơ",
                    "Cán bộ thi đua - Trường Tiểu học Hòa Chung");
            assertThat(timeline.indexOf("Trình hồ sơ")).as("oldest first")
                    .isLessThan(timeline.indexOf("trả lại để bổ sung"));

            // above the diagram, the way in people's words: back with the unit, returned by Phòng Nội vụ
            assertThat(browser.driver().findElements(By.cssSelector(".step-bar li"))).extracting(WebElement::getText)
                    .containsExactly("Đơn vị\nđang xử lý", "Phòng Nội vụ\nđã trả lại đơn vị", "Hội đồng TĐKT huyện\nchưa tới",
                            "Chủ tịch UBND huyện\nchưa tới", "Quyết định\nchưa tới");
            assertThat(browser.find(By.cssSelector(".step-bar li.current")).getAttribute("aria-current")).isEqualTo("step");
            scrollTo(browser, ".step-bar");
            browser.screenshot("ho-so-thanh-buoc");

            browser.waitUntil(d -> "true".equals(d.findElement(By.id("so-do")).getAttribute("data-ve-xong")));
            assertThat(browser.driver().findElements(By.cssSelector("#so-do svg"))).isNotEmpty();
            WebElement current = browser.find(By.cssSelector("#so-do g[data-element-id=supplementDistrictCheck]"));
            assertThat(current.getAttribute("class")).contains("buoc-hien-tai");
            assertThat(browser.find(By.cssSelector("#so-do g[data-element-id=districtCheck]")).getAttribute("class"))
                    .contains("buoc-da-qua").doesNotContain("buoc-hien-tai");
            assertThat(browser.find(By.cssSelector("#so-do g[data-element-id=districtCouncil]")).getAttribute("class"))
                    .doesNotContain("buoc-da-qua");
            browser.screenshot("ho-so-kiem-toan");
            scrollTo(browser, "#so-do");
            browser.screenshot("ho-so-kiem-toan-so-do");
            scrollTo(browser, "ol.timeline");
            browser.screenshot("ho-so-kiem-toan-dien-bien");
            assertThat(browser.contentSecurityViolations()).as("the diagram viewer within the page's policy").isEmpty();
        }

        try (Browser phone = new Browser("http://localhost:" + port, Browser.PHONE)) {
            phone.signIn("kiemtra", "demo");
            phone.open("/kiem-toan?nguoi=" + cccd);
            assertThat(phone.text(By.cssSelector("table.responsive tbody"))).contains(code);
            phone.screenshot("kiem-toan-dien-thoai");
            phone.open("/ho-so/" + id);
            phone.waitUntil(d -> "true".equals(d.findElement(By.id("so-do")).getAttribute("data-ve-xong")));
            assertThat(phone.find(By.cssSelector("#so-do g[data-element-id=supplementDistrictCheck]"))
                    .getAttribute("class")).contains("buoc-hien-tai");
            phone.screenshot("ho-so-kiem-toan-dien-thoai");
            assertThat(phone.sidewaysOverflow()).as("the step bar wraps on a phone").isZero();
            scrollTo(phone, "#so-do");
            phone.screenshot("ho-so-kiem-toan-so-do-dien-thoai");
        }
    }

    private static void scrollTo(Browser browser, String selector) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView(true);",
                browser.find(By.cssSelector(selector)));
    }
}
