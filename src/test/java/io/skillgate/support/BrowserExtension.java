package io.skillgate.support;

import java.time.Duration;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium per test method ({@code @RegisterExtension}): started before the test, screenshot to
 * {@code target/it-<method>.png} and closed after it, with the waits the browser tests share.
 */
public final class BrowserExtension implements BeforeEachCallback, AfterEachCallback {

    private final Duration timeout;
    private final int width;
    private final int height;
    private ChromeDriver driver;
    private WebDriverWait wait;

    private BrowserExtension(Duration timeout, int width, int height) {
        this.timeout = timeout;
        this.width = width;
        this.height = height;
    }

    /** Waits up to {@code timeout}; a 1280×900 window. */
    public static BrowserExtension waitingUpTo(Duration timeout) {
        return new BrowserExtension(timeout, 1280, 900);
    }

    /** The same with a window (viewport) of {@code width}×{@code height}. */
    public BrowserExtension window(int newWidth, int newHeight) {
        return new BrowserExtension(timeout, newWidth, newHeight);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        driver = Browser.start(width, height);
        wait = new WebDriverWait(driver, timeout);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null) {
            Browser.screenshot(driver, "it-" + context.getTestMethod().map(m -> m.getName()).orElse("test"));
            driver.quit();
            driver = null;
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait await() {
        return wait;
    }

    /** Opens the sign-in page at {@code loginUrl} and signs in. */
    public void signIn(String loginUrl, String email, String password) {
        driver.get(loginUrl);
        Browser.fillLoginForm(driver, wait, email, password);
    }

    /** Waits until the element is clickable and clicks it. */
    public void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** Waits until the element is present in the page and returns it. */
    public WebElement present(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Waits until the element is visible and returns it. */
    public WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** See {@link Browser#awaitVaadinIdle}. */
    public void awaitIdle() {
        Browser.awaitVaadinIdle(driver, wait);
    }

    /** See {@link Browser#documentationScreenshot}. */
    public void documentationScreenshot(String name) {
        Browser.documentationScreenshot(driver, wait, name);
    }

    public Object script(String js, Object... arguments) {
        return driver.executeScript(js, arguments);
    }
}
