package io.skillgate.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium through Selenium, with the flags this closed network needs (STACK.md). */
public final class Browser {

    /**
     * System property naming the folder that {@link #documentationScreenshot} writes to, e.g.
     * {@code -Dskillgate.screenshots=docs/screenshots}; unset (as in CI), no documentation screenshot is written.
     */
    public static final String SCREENSHOTS = "skillgate.screenshots";

    private Browser() {
    }

    /** Fills and submits the sign-in form on the page shown (Vaadin's login form). */
    public static void fillLoginForm(ChromeDriver browser, WebDriverWait wait, String email, String password) {
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys(email);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    }

    public static ChromeDriver start() throws IOException {
        return start(1280, 900);
    }

    /** A browser whose viewport (the page's window.innerWidth × innerHeight) is {@code width}×{@code height}. */
    public static ChromeDriver start(int width, int height) throws IOException {
        File chromium = new File("/usr/bin/chromium");
        File driver = new File("/usr/bin/chromedriver");
        if (!chromium.canExecute() || !driver.canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver (.ci/run does this)");
        }
        Path profile = Files.createTempDirectory("skillgate-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--lang=en-US",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        // headless Chromium still counts a window frame in --window-size: grow the window by what the frame takes
        Object inner = browser.executeScript("return [window.innerWidth, window.innerHeight]");
        if (inner instanceof List<?> size && size.size() == 2) {
            int frameWidth = width - ((Number) size.get(0)).intValue();
            int frameHeight = height - ((Number) size.get(1)).intValue();
            if (frameWidth != 0 || frameHeight != 0) {
                browser.manage().window().setSize(new Dimension(width + frameWidth, height + frameHeight));
            }
        }
        return browser;
    }

    /**
     * Waits until no Vaadin client of the page has a server round trip under way (the check Vaadin TestBench
     * makes), so what the page shows is what the server last sent.
     */
    public static void awaitVaadinIdle(ChromeDriver browser, WebDriverWait wait) {
        wait.until(d -> Boolean.TRUE.equals(browser.executeScript("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients) { return false; }
                return Object.values(flow.clients).every(client => !client.isActive());
                """)));
    }

    /** Saves a screenshot under target/ for a failed browser test. */
    public static void screenshot(ChromeDriver browser, String name) {
        try {
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot: " + e.getMessage());
        }
    }

    /**
     * Saves a screenshot of the viewport as {@code <folder>/<name>.png} for the documentation, only when the system
     * property {@value #SCREENSHOTS} names the folder; otherwise does nothing, so test runs never rewrite the
     * committed pictures. Waits for the page to be idle first.
     */
    public static void documentationScreenshot(ChromeDriver browser, WebDriverWait wait, String name) {
        String folder = System.getProperty(SCREENSHOTS, "");
        if (folder.isBlank()) {
            return;
        }
        awaitVaadinIdle(browser, wait);
        // Vaadin's loading bar fades out after a round trip: not part of the picture
        browser.executeScript("""
                if (!document.getElementById('skillgate-no-loading-bar')) {
                  const style = document.createElement('style');
                  style.id = 'skillgate-no-loading-bar';
                  style.textContent = '.v-loading-indicator { display: none !important; }';
                  document.head.appendChild(style);
                }
                """);
        try {
            Path target = Path.of(folder, name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
