package vn.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

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
import vn.khenthuong.testsupport.TestAccounts;

/** A secretary on a 390 px phone reads a dossier with a struck person: nothing runs off the screen. */
@PostgresIntegrationTest
class DossierOnAPhoneBrowserIT {

    private static final String SECRETARY = "thuky.hoachung";

    @Autowired
    TestRestTemplate rest;
    @LocalServerPort
    int port;

    @Test
    void aStruckPersonsBadgeAndReasonFitTheCardOnAPhone() {
        DossierApiClient api = new DossierApiClient(rest);
        EngineRestClient engine = new EngineRestClient(rest);
        JsonNode created = api.created(SECRETARY, DossierApiClient.dossier(null, "LDTT",
                DossierApiClient.individual("Nông Thị Phương Thảo"), DossierApiClient.individual("Hoàng Văn Khánh")));
        long id = created.get("id").asLong();
        String code = created.get("code").asText();
        api.attachMissingDocuments(SECRETARY, id);
        api.submit(SECRETARY, id, null);
        engine.approve("noivu.tpcb", code, "districtCheck");
        engine.vote("hoidong.tpcb", code, "districtCouncil", 9, 9, Map.of("Nông Thị Phương Thảo", 9, "Hoàng Văn Khánh", 2));

        try (Browser phone = new Browser("http://localhost:" + port, Browser.PHONE)) {
            phone.signIn(SECRETARY, TestAccounts.PASSWORD);
            phone.open("/ho-so/" + id);
            WebElement struck = phone.waitUntil(d -> d.findElement(By.xpath("//td[@data-label='Trạng thái']//span[contains(concat(' ', @class, ' '), ' bad ')]")));
            assertThat(struck.getText()).isEqualTo("Bị loại");
            ((JavascriptExecutor) phone.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", struck);
            phone.screenshot("ho-so-bi-loai-dien-thoai");

            assertThat(phone.sidewaysOverflow()).isZero();
            WebElement card = struck.findElement(By.xpath("./ancestor::section[1]"));
            assertThat(right(phone, struck)).as("the badge inside its card").isLessThanOrEqualTo(right(phone, card));
            assertThat(struck.getSize().getHeight()).as("the badge on one line").isLessThan(30);
            phone.open("/ho-so");
            phone.screenshot("ho-so-danh-sach-dien-thoai-bi-loai");
            assertThat(phone.sidewaysOverflow()).isZero();
        }
    }

    private static long right(Browser browser, WebElement element) {
        return ((Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return Math.ceil(arguments[0].getBoundingClientRect().right)", element)).longValue();
    }
}
