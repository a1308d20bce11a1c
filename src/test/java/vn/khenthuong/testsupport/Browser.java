package vn.khenthuong.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian ({@code chromium}, {@code chromium-driver}) driven by Selenium; no
 * driver or browser is downloaded. Screenshots go to {@code target/screenshots/} for the report.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension LAPTOP = new Dimension(1366, 768);
    public static final Dimension PHONE = new Dimension(390, 844);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String baseUrl;

    public Browser(String baseUrl) {
        this(baseUrl, LAPTOP);
    }

    public Browser(String baseUrl, Dimension size) {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(find("/usr/bin/chromium", "/usr/bin/chromium-browser"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=vi-VN", "--window-size=" + size.width + "," + size.height);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "vi-VN,vi"));
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(find("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(size);
        driver.manage().timeouts().implicitlyWait(Duration.ofMillis(200));
    }

    private static String find(String... candidates) {
        for (String candidate : candidates) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Chưa cài Chromium/chromedriver (apt-get install chromium chromium-driver)");
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Signs in on our sign-in page and waits to land on the next page. */
    public Browser signIn(String user, String password) {
        open("/dang-nhap");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit].primary")).click();
        waitUntil(d -> !d.getCurrentUrl().endsWith("/dang-nhap"));
        return this;
    }

    /** Signs in once, on our sign-in page, opens Tasklist and waits for its filters ("Việc của đơn vị"). */
    public Browser signInToTasklist(String user, String password) {
        signIn(user, password);
        By filters = By.xpath("//*[contains(text(), 'Việc của đơn vị')]");
        open("/camunda/app/tasklist/default/");
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(filters));
        } catch (org.openqa.selenium.TimeoutException firstStartOfTasklist) {
            // the first Tasklist of a freshly started application may still be loading its plugins: once more
            screenshot("tasklist-cham-" + System.currentTimeMillis());
            open("/camunda/app/tasklist/default/");
            waitUntil(ExpectedConditions.elementToBeClickable(filters));
        }
        return this;
    }

    /** Scrolls the element to the middle of the window: Tasklist's fixed footer covers the bottom, where Selenium scrolls to. */
    public WebElement centred(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    /** Clicks something that loads a new page (a link, a form's button) and waits until the new page is there. */
    public Browser clickAndWait(By by) {
        // a mark on the old page's window, gone once the next page is loaded (chromedriver may answer a
        // staleness check on the old document with an inspector error rather than "stale")
        driver.executeScript("window.oldPage = true");
        centred(driver.findElement(by)).click();
        waitUntil(d -> Boolean.TRUE.equals(driver.executeScript(
                "return window.oldPage === undefined && document.readyState === 'complete'")));
        return this;
    }

    /**
     * Clicks something that asks before it acts (a form with {@code data-confirm}); answers the question
     * and, when accepted, waits for the next page. Returns the question asked.
     */
    public String clickAndAnswer(By by, boolean accept) {
        driver.executeScript("window.oldPage = true");
        centred(driver.findElement(by)).click();
        org.openqa.selenium.Alert question = waitUntil(ExpectedConditions.alertIsPresent());
        String text = question.getText();
        if (!accept) {
            question.dismiss();
            return text;
        }
        question.accept();
        waitUntil(d -> Boolean.TRUE.equals(driver.executeScript(
                "return window.oldPage === undefined && document.readyState === 'complete'")));
        return text;
    }

    /** The inputs, selects and text areas of the page without a {@code <label for>} (by name): there should be none. */
    @SuppressWarnings("unchecked")
    public java.util.List<String> unlabelledInputs() {
        return (java.util.List<String>) driver.executeScript("""
                return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
                    .filter(e => !e.id || !document.querySelector('label[for="' + CSS.escape(e.id) + '"]'))
                    .map(e => e.name || e.outerHTML);""");
    }

    /** How many pixels the page is wider than the window; 0 when nobody has to scroll sideways. */
    public long sidewaysOverflow() {
        long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        long innerWidth = (Long) driver.executeScript("return window.innerWidth");
        return Math.max(0, scrollWidth - innerWidth);
    }

    /** What the Content-Security-Policy blocked since the last call (Chromium logs each refusal on the console). */
    public java.util.List<String> contentSecurityViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public String text(By by) {
        return driver.findElement(by).getText();
    }

    public String pageText() {
        return text(By.tagName("body"));
    }

    /** Waits up to 30 s; on a timeout the page is saved as target/screenshots/timeout-*.png for the report. */
    public <T> T waitUntil(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout-" + System.currentTimeMillis());
            throw e;
        }
    }

    /** Saves the current page as target/screenshots/{name}.png and returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
