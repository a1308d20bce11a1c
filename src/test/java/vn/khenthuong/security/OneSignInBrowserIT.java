package vn.khenthuong.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.testsupport.Browser;
import vn.khenthuong.testsupport.TestAccounts;

/** In a browser: one sign-in on our page opens Tasklist; "Đăng xuất" in Tasklist comes back to our page, signed out. */
@PostgresIntegrationTest
class OneSignInBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void aReviewerSignsInOnceWorksInTasklistAndSignsOutFromIt() {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.open("/camunda/app/tasklist/default/");
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/dang-nhap"));
            browser.find(By.id("username")).sendKeys("chutich.tpcb");
            browser.find(By.id("password")).sendKeys(TestAccounts.PASSWORD);
            browser.find(By.cssSelector("button[type=submit].primary")).click();

            // back where they were going, without Camunda's login form
            browser.waitUntil(d -> d.getCurrentUrl().contains("/camunda/app/tasklist/"));
            browser.waitUntil(d -> d.getPageSource().contains("Việc của đơn vị"));
            assertThat(browser.driver().findElements(By.cssSelector("input[type=password]"))).isEmpty();
            browser.screenshot("mot-lan-dang-nhap-tasklist");

            browser.waitUntil(d -> d.findElement(By.cssSelector(".account .dropdown-toggle, [cam-widget-header] .account a")))
                    .click();
            browser.waitUntil(d -> d.findElement(By.xpath("//a[normalize-space()='Đăng xuất']"))).click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("/dang-nhap"));
            browser.open("/ho-so");
            assertThat(browser.driver().getCurrentUrl()).as("signed out of the pages too").endsWith("/dang-nhap");
        }
    }
}
