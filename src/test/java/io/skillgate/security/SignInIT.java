package io.skillgate.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.skillgate.support.Browser;
import io.skillgate.support.BrowserExtension;
import io.skillgate.support.PackagedApp;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged app in the prod profile, signed in to through a real Chromium. */
class SignInIT {

    private static PackagedApp app;
    @RegisterExtension
    final BrowserExtension chromium = BrowserExtension.waitingUpTo(Duration.ofSeconds(30));

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void startApp() throws Exception {
        app = PackagedApp.start();
    }

    @AfterAll
    static void stopApp() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @BeforeEach
    void useBrowser() {
        browser = chromium.driver();
        wait = chromium.await();
    }

    private void signIn(String email, String password) {
        chromium.signIn(app.url("/login"), email, password);
    }

    private Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    @Test
    void theOperatorSignsInSeesTheOperatorAreaAndSignsOut() {
        browser.get(app.url("/operator/companies"));
        wait.until(ExpectedConditions.urlContains("/login"));

        signIn(PackagedApp.OPERATOR_EMAIL.toUpperCase(), PackagedApp.OPERATOR_PASSWORD);

        // back to the page first asked for, then the start page
        wait.until(ExpectedConditions.titleIs("Customer companies"));
        assertThat(browser.getCurrentUrl()).contains("/operator/companies");
        browser.get(app.url("/"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Welcome, Skillgate Operator"));
        WebElement nav = browser.findElement(By.tagName("vaadin-side-nav"));
        assertThat(nav.getText()).contains("Customer companies").doesNotContain("Users");
        assertThat(browser.getTitle()).isEqualTo("Start");
        Browser.screenshot(browser, "it-start-page");

        browser.findElement(By.xpath("//vaadin-button[contains(., 'Sign out')]")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.get(app.url("/"));
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    /** In dev and tests {@code /sandbox} is an open page (SandboxPageAccessTest); prod has no such route at all. */
    @Test
    void prodHasNoSandboxPage() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(app.url("/sandbox"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));

        browser.get(app.url("/sandbox"));
        wait.until(ExpectedConditions.urlContains("/login"));
        signIn(PackagedApp.OPERATOR_EMAIL, PackagedApp.OPERATOR_PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Could not navigate to 'sandbox'"));
    }

    @Test
    void aWrongPasswordShowsAClearMessageAndNoStackTrace() throws Exception {
        signIn(PackagedApp.OPERATOR_EMAIL, "not-the-password");

        wait.until(ExpectedConditions.urlContains("/login?error"));
        wait.until(d -> Boolean.TRUE.equals(script(
                "const form = document.querySelector('vaadin-login-form'); return form != null && form.error")));
        assertThat(script("return document.querySelector('vaadin-login-form').i18n.errorMessage.message"))
                .isEqualTo("Incorrect e-mail or password. Check both and try again.");
        assertThat(browser.getPageSource()).doesNotContain("Exception");
        assertThat(app.log()).contains("Sign-in failed (bad credentials)").doesNotContain("not-the-password");
    }
}
