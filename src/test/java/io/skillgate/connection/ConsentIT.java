package io.skillgate.connection;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.skillgate.support.Browser;
import io.skillgate.support.PackagedApp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SR's consent round trip in a real Chromium, on the packaged jar in the dev profile (so the SR sandbox runs in it,
 * and the REDIRECT test starts on its "connect a company" button):
 * SR sends the admin to our consent URL, they sign in (or sign up) on the way, grant, and SR gets the company —
 * in REDIRECT mode (back on SR's page) and in POPUP mode (a done page).
 */
class ConsentIT {

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(40));
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        Browser.screenshot(browser, "it-" + test.getTestMethod().map(m -> m.getName()).orElse("test"));
        browser.quit();
    }

    private void signIn(String email, String password) {
        Browser.fillLoginForm(browser, wait, email, password);
    }

    private void type(String id, String value) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input"))).sendKeys(value);
    }

    @Test
    void redirectModeSignInGrantAndBackOnSr() throws Exception {
        try (PackagedApp app = PackagedApp.start("dev", Map.of())) {
            // SR's side: the sandbox page, "connect a company" with an SR company id of our choosing
            String srCompanyId = "sr-e2e-" + UUID.randomUUID();
            browser.get(app.url("/sandbox"));
            WebElement companyField = wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("vaadin-text-field input")));
            companyField.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                    org.openqa.selenium.Keys.DELETE);
            companyField.sendKeys(srCompanyId);
            companyField.sendKeys(org.openqa.selenium.Keys.TAB);
            browser.findElement(By.xpath(
                    "//vaadin-button[normalize-space(.)=\"Connect: open Skillgate's consent page\"]")).click();
            String back = "/sandbox?connected=" + srCompanyId;

            // not signed in: the login page says why, and the consent URL survives the round trip
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-notice"),
                    "connect your company"));
            signIn("admin@acme.test", "acme-admin-pass");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("consent-allow")));
            assertThat(browser.findElement(By.tagName("body")).getText())
                    .contains("SmartRecruiters company " + srCompanyId + " asks to connect to Acme");
            browser.findElement(By.id("consent-allow")).click();

            wait.until(ExpectedConditions.urlContains(back));
            assertThat(app.log()).contains("connected to SmartRecruiters company " + srCompanyId)
                    .doesNotContain("clientSecret");

            // back on "SR" (the sandbox page): it lists our packages and orders with the credential it just got
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//vaadin-button[normalize-space(.)='Order an assessment for a generated candidate']"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//vaadin-button[normalize-space(.)='Order for a generated candidate']"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                    "//vaadin-details[contains(@class,'exchange-ok')]//*[contains(.,'HTTP 202')]")));
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("/api/sr/v1/packages")
                    .contains("HTTP 200");
        }
    }

    @Test
    void popupModeSignUpOnTheWayGrantAndDonePage() throws Exception {
        try (PackagedApp app = PackagedApp.start("dev",
                Map.of("SKILLGATE_SMARTRECRUITERS_CONSENTDISPLAYMODE", "POPUP"))) {
            String srCompanyId = "sr-e2e-popup-" + UUID.randomUUID();
            browser.get(app.url("/connect/smartrecruiters?companyId=" + srCompanyId));

            wait.until(ExpectedConditions.elementToBeClickable(By.id("signup-link"))).click();
            String email = "founder-" + System.nanoTime() + "@popup.test";
            type("signup-company", "Popup Co " + System.nanoTime());
            type("signup-email", email);
            type("signup-first-name", "Pat");
            type("signup-last-name", "Popup");
            type("signup-password", "popup-password-1");
            browser.findElement(By.id("signup-create")).click();

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-notice"), "account is ready"));
            signIn(email, "popup-password-1");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("consent-allow"))).click();

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("consent-done"),
                    "connected to SmartRecruiters"));
            assertThat(app.log()).contains("connected to SmartRecruiters company " + srCompanyId);
        }
    }
}
