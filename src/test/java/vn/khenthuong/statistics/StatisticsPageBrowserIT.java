package vn.khenthuong.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.testsupport.Browser;

/**
 * Ban TĐKT of the demo province in a real browser: the statistics page with its charts, a figure followed to
 * the list of awards it counts, the page as it prints, and the page on a phone.
 */
@PostgresIntegrationTest
class StatisticsPageBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void theBoardReadsTheYearFollowsAFigureToItsAwardsAndPrints() {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.signIn("bantdkt", "demo");
            browser.open("/thong-ke");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Thống kê khen thưởng");
            assertThat(browser.unlabelledInputs()).isEmpty();
            assertThat(browser.driver().findElements(By.cssSelector(".charts svg.chart"))).hasSize(3);
            assertThat(browser.driver().findElements(By.cssSelector(".charts svg.chart a"))).isNotEmpty();
            browser.screenshot("thong-ke");

            WebElement total = browser.find(By.xpath(
                    "//section[@data-table='Tổng hợp']//tr[td[1][normalize-space()='Tổng số khen thưởng']]/td[2]/a"));
            String figure = total.getText();
            browser.centred(total);
            browser.clickAndWait(By.xpath(
                    "//section[@data-table='Tổng hợp']//tr[td[1][normalize-space()='Tổng số khen thưởng']]/td[2]/a"));
            assertThat(browser.driver().getCurrentUrl()).contains("/thong-ke/danh-sach", "measure=AWARDS");
            assertThat(browser.text(By.cssSelector(".result-count strong"))).isEqualTo(figure);
            assertThat(browser.driver().findElements(By.cssSelector("table.awards tbody tr")))
                    .hasSize(Math.min(Integer.parseInt(figure.replace(".", "")), AwardListPage.PAGE_SIZE));
            browser.screenshot("thong-ke-danh-sach");

            browser.open("/thong-ke");
            ((org.openqa.selenium.chromium.ChromiumDriver) browser.driver())
                    .executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat(browser.find(By.cssSelector(".site-header")).isDisplayed()).isFalse();
            assertThat(browser.find(By.cssSelector("form.filters")).isDisplayed()).isFalse();
            assertThat(browser.find(By.cssSelector(".charts svg.chart")).isDisplayed()).isTrue();
            browser.screenshot("thong-ke-ban-in");
        }
        try (Browser phone = new Browser("http://localhost:" + port, Browser.PHONE)) {
            phone.signIn("bantdkt", "demo");
            phone.open("/thong-ke");
            assertThat(phone.sidewaysOverflow()).as("wide tables scroll inside their frame").isZero();
            phone.screenshot("thong-ke-dien-thoai");
        }
    }
}
