package vn.khenthuong.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.decision.DecisionPdfRenderer;
import vn.khenthuong.decision.SampleDecisions;
import vn.khenthuong.kernel.VietnamTime;
import vn.khenthuong.testsupport.Browser;

/** Someone signed in uploads a signed decision on "Xác minh chữ ký" and reads whether it still holds. */
@PostgresIntegrationTest
class VerificationPageIT {

    @LocalServerPort
    int port;
    @Autowired
    SigningKeys keys;

    @Test
    void aSignedDecisionIsIntactAndOneFlippedByteMakesItInvalid(@TempDir Path dir) throws Exception {
        Clock clock = Clock.system(VietnamTime.ZONE);
        byte[] signed = new PdfSigner(clock).sign(new DecisionPdfRenderer(clock).render(SampleDecisions.decision(2, 1)),
                keys.of("chutich.tinh"));
        Path good = Files.write(dir.resolve("quyet-dinh.pdf"), signed);
        byte[] tampered = signed.clone();
        tampered[signed.length / 3] ^= 0x01;
        Path bad = Files.write(dir.resolve("quyet-dinh-da-sua.pdf"), tampered);

        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.signIn("thuky.hoachung", "demo");
            browser.open("/xac-minh");
            assertThat(browser.text(By.cssSelector("label[for=file]"))).isEqualTo("Tệp PDF cần xác minh");

            upload(browser, good);
            assertThat(browser.text(By.cssSelector(".verdict"))).contains("còn nguyên vẹn");
            assertThat(browser.find(By.cssSelector("#ket-qua + .alert")).getAttribute("class")).contains("ok");
            String table = browser.text(By.cssSelector("table.responsive tbody"));
            assertThat(table).contains("Hoàng Xuân Ánh", "Ủy ban nhân dân tỉnh Cao Bằng", "Có (chuỗi chứng thư đến CA gốc tin cậy)")
                    .containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2} \\+07:00");
            assertThat(browser.pageText()).contains("Bị thay đổi sau khi ký\nKhông")
                    .as("signed here, not a decision of the register")
                    .contains("Khớp với một quyết định trong sổ đăng ký\nKhông: tệp này không phải bản đã ký");
            browser.screenshot("xac-minh-hop-le");

            upload(browser, bad);
            assertThat(browser.text(By.cssSelector(".verdict"))).startsWith("Chữ ký số không");
            assertThat(browser.find(By.cssSelector("#ket-qua + .alert")).getAttribute("class")).contains("bad");
            assertThat(browser.pageText()).contains("Bị thay đổi sau khi ký\nCó thể: nội dung đã ký không còn khớp với chữ ký");
            browser.screenshot("xac-minh-khong-hop-le");
        }
    }

    private static void upload(Browser browser, Path file) {
        browser.open("/xac-minh");
        browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.find(By.cssSelector("button.primary")).click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".verdict")).isEmpty());
    }
}
