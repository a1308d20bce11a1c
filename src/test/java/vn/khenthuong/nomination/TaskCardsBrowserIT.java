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
import vn.khenthuong.testsupport.TestAccounts;

/**
 * A reviewer in Tasklist sees on each task card which dossier it is (code, unit, award, number of
 * nominees) and finds a dossier by typing its code in "Lọc việc".
 */
@PostgresIntegrationTest
class TaskCardsBrowserIT {

    private static final String SECRETARY = "thuky.hoachung";
    private static final String STAFF = "noivu.tpcb";

    @Autowired
    TestRestTemplate rest;
    @LocalServerPort
    int port;

    private DossierApiClient api;

    @BeforeEach
    void client() {
        api = new DossierApiClient(rest);
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
