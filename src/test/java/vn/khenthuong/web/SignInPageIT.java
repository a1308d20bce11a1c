package vn.khenthuong.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.testsupport.Browser;

@PostgresIntegrationTest
class SignInPageIT {

    @LocalServerPort
    int port;

    @Test
    void aSecretarySignsInWithTheTasklistAccountAndSeesWhoTheyAreInTheHeader() {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.open("/");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/dang-nhap");
            assertThat(browser.find(By.cssSelector("label[for=username]")).getText()).isEqualTo("Tên đăng nhập");
            browser.screenshot("dang-nhap");

            browser.signIn("thuky.hoachung", "demo");

            assertThat(browser.text(By.cssSelector(".site-header .user"))).isEqualTo("thuky.hoachung");
            assertThat(browser.text(By.cssSelector(".site-header .roles")))
                    .isEqualTo("Cán bộ thi đua - Trường Tiểu học Hòa Chung");
            browser.find(By.cssSelector(".site-header button.link")).click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("da-dang-xuat"));
            assertThat(browser.pageText()).contains("Bạn đã đăng xuất.");
        }
    }

    @Test
    void aWrongPasswordIsRefusedInVietnamese() {
        try (Browser browser = new Browser("http://localhost:" + port, Browser.PHONE)) {
            browser.open("/dang-nhap");
            browser.find(By.id("username")).sendKeys("khong.co.ai");
            browser.find(By.id("password")).sendKeys("sai");
            browser.find(By.cssSelector("button.primary")).click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("loi"));
            assertThat(browser.text(By.cssSelector("[role=alert]"))).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
            browser.screenshot("dang-nhap-sai-mat-khau-dien-thoai");
        }
    }
}
