package io.skillgate.support;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * One headless Chromium per test method ({@code @RegisterExtension}): started when the test first uses it, screenshot
 * to {@code target/it-<method>.png} ({@code it-<method>-<name>.png} for a {@link #named} one) and closed after it,
 * with the waits the browser tests share. A test that never uses it starts no browser.
 */
public final class BrowserExtension implements BeforeEachCallback, AfterEachCallback {

    private final Duration timeout;
    private final int width;
    private final int height;
    private final String name;
    private ChromeDriver driver;
    private WebDriverWait wait;

    private BrowserExtension(Duration timeout, int width, int height, String name) {
        this.timeout = timeout;
        this.width = width;
        this.height = height;
        this.name = name;
    }

    /** Waits up to {@code timeout}; a 1280×900 window. */
    public static BrowserExtension waitingUpTo(Duration timeout) {
        return new BrowserExtension(timeout, 1280, 900, "");
    }

    /** The same with a window (viewport) of {@code width}×{@code height}. */
    public BrowserExtension window(int newWidth, int newHeight) {
        return new BrowserExtension(timeout, newWidth, newHeight, name);
    }

    /** The same, for a test with several browsers: {@code name} tells their screenshots apart. */
    public BrowserExtension named(String newName) {
        return new BrowserExtension(timeout, width, height, newName);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // the browser starts on first use
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null) {
            Browser.screenshot(driver, "it-" + context.getTestMethod().map(m -> m.getName()).orElse("test")
                    + (name.isEmpty() ? "" : "-" + name));
            driver.quit();
            driver = null;
            wait = null;
        }
    }

    public ChromeDriver driver() {
        if (driver == null) {
            try {
                driver = Browser.start(width, height);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            wait = new WebDriverWait(driver, timeout);
        }
        return driver;
    }

    public WebDriverWait await() {
        driver();
        return wait;
    }

    /** Opens the sign-in page at {@code loginUrl} and signs in. */
    public void signIn(String loginUrl, String email, String password) {
        driver().get(loginUrl);
        Browser.fillLoginForm(driver(), await(), email, password);
    }

    /** Waits until the element is clickable and clicks it. */
    public void click(By by) {
        await().until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** Waits until the element is present in the page and returns it. */
    public WebElement present(By by) {
        return await().until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Waits until the element is visible and returns it. */
    public WebElement visible(By by) {
        return await().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** See {@link Browser#awaitVaadinIdle}. */
    public void awaitIdle() {
        Browser.awaitVaadinIdle(driver(), await());
    }

    /** See {@link Browser#documentationScreenshot}. */
    public void documentationScreenshot(String name) {
        Browser.documentationScreenshot(driver(), await(), name);
    }

    public Object script(String js, Object... arguments) {
        return driver().executeScript(js, arguments);
    }
}
