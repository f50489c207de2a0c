package pl.wiec.system.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Headless Chromium (Debian's chromium and chromium-driver) driven by Selenium, with an accessibility check of every
 * page a test opens: {@link #checked()} runs axe-core with the WCAG 2.1 A and AA rules and fails the test on any
 * violation, listing each rule and the elements that break it.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final WebDriver driver;
    private final String baseUrl;

    public Browser(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("wiec.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=pl");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("wiec.chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** Opens a path of the application (e.g. {@code /backoffice/}) and checks the page it lands on. */
    public Browser open(String path) {
        driver.get(baseUrl + path);
        return checked();
    }

    /** Runs axe-core on the current page and fails on any WCAG 2.1 A/AA violation. */
    public Browser checked() {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            screenshot("axe-violation");
            fail("WCAG 2.1 AA violations on " + driver.getCurrentUrl() + ":\n"
                    + violations.stream()
                            .map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
                                    .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                            .collect(Collectors.joining("\n")));
        }
        return this;
    }

    /**
     * Checks the current page as a phone shows it (360 CSS pixels wide, as Chromium's device emulation lays it out):
     * axe-core once more, and nothing wider than the screen, so nobody scrolls sideways. The desktop width returns
     * afterwards.
     */
    public Browser checkedOnPhone() {
        ChromeDriver chromium = (ChromeDriver) driver;
        chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 800, "deviceScaleFactor", 2, "mobile", true));
        try {
            checked();
            Number overflow = (Number) chromium.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            if (overflow.longValue() > 0) {
                screenshot("phone-overflow");
                fail(driver.getCurrentUrl() + " is " + overflow + " px wider than a 360 px phone");
            }
        } finally {
            chromium.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        return this;
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public void type(By field, String text) {
        WebElement element = driver.findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    /** Clicks and waits for the next page to load, then checks it. */
    public Browser submit(By button) {
        return nextPage(() -> driver.findElement(button).click());
    }

    /** Presses Enter in the field (the form's own way to send itself), waits for the next page, then checks it. */
    public Browser enter(By field) {
        return nextPage(() -> driver.findElement(field).sendKeys(org.openqa.selenium.Keys.ENTER));
    }

    private Browser nextPage(Runnable action) {
        WebElement old = driver.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                old.isDisplayed();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        return checked();
    }

    /**
     * The element's text as the page shows it now. A page that updates itself (an import's progress polled by Ajax) may
     * replace the element between finding and reading it; then the replacement is read, a few times at most.
     */
    public String text(By by) {
        return read(by, WebElement::getText);
    }

    /** Whether the element is shown now, read as {@link #text(By)} reads. */
    public boolean displayed(By by) {
        return read(by, WebElement::isDisplayed);
    }

    private <T> T read(By by, java.util.function.Function<WebElement, T> reading) {
        for (int attempt = 1;; attempt++) {
            try {
                return reading.apply(driver.findElement(by));
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                if (attempt == 3) {
                    throw replaced;
                }
            }
        }
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public String title() {
        return driver.getTitle();
    }

    public WebDriver driver() {
        return driver;
    }

    public void screenshot(String name) {
        try {
            Path folder = Path.of(System.getProperty("wiec.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + "-" + System.currentTimeMillis() + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            // A missing screenshot must not hide the failure it was meant to illustrate.
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
