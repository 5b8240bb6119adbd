package io.skillgate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.support.Browser;
import io.skillgate.support.BrowserExtension;
import io.skillgate.support.PackagedApp;
import io.skillgate.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole loop in a real Chromium on the packaged jar (dev profile: sandbox, its mailbox, background jobs on):
 * "SR" (the sandbox page) orders for a generated candidate; the invitation arrives in the mailbox; the candidate
 * follows the link, answers (one answer wrong on purpose), submits; SR receives PENDING, IN_PROGRESS and COMPLETED
 * with the right score and a PDF link that downloads a PDF. Inline: the candidate's link comes back at once and the
 * candidate ends on SR's callback page.
 */
class FullLoopIT {

    private static final Pattern ORDERED = Pattern.compile("Order ([0-9a-f-]{36}) for .* <([^>]+)>");
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final BrowserExtension chromium = BrowserExtension.waitingUpTo(Duration.ofSeconds(60));

    /** One app for both tests (an app start is most of a test's time); Acme is connected by the first test. */
    private static PackagedApp app;
    private static boolean connected;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void startTheApp() throws Exception {
        app = PackagedApp.start("dev", ownDatabase());
    }

    @AfterAll
    static void stopTheApp() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    @BeforeEach
    void useBrowser() {
        browser = chromium.driver();
        wait = chromium.await();
    }

    @Test
    void regularOrderInvitationAssessmentAndScoredResultAtSr() throws Exception {
        connectOnce();
        click("//vaadin-button[normalize-space(.)='Order an assessment for a generated candidate']");
        choosePackage("Java developer skills");
        click("//vaadin-button[normalize-space(.)='Order for a generated candidate']");
        Matcher ordered = ordered();
        String srOrderId = ordered.group(1);
        String email = ordered.group(2);

        // the invitation in the sandbox's mailbox
        browser.get(app.url("/sandbox/mailbox"));
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-details[contains(., '" + email + "')]//a[contains(@href, '/assessment/')]")));
        browser.get(link.getAttribute("href"));
        Browser.screenshot(browser, "candidate-welcome");

        // Java basics: three right, the number wrong; Concurrency: both right → 5 of 6
        start();
        choose("//vaadin-radio-button[normalize-space(.)='long']");
        for (String option : List.of("List", "Map", "Set")) {
            choose("//vaadin-checkbox[normalize-space(.)='" + option + "']");
        }
        type(0, "new");
        type(1, "15");
        Browser.screenshot(browser, "candidate-question");
        submit();
        start();
        choose("//vaadin-radio-button[normalize-space(.)='volatile']");
        for (String option : List.of("submit", "shutdown", "invokeAll")) {
            choose("//vaadin-checkbox[normalize-space(.)='" + option + "']");
        }
        submit();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("candidate-done")));

        JsonNode received = awaitStatuses(srOrderId, List.of("PENDING", "IN_PROGRESS", "COMPLETED"));
        JsonNode completed = completed(received);
        assertThat(completed.at("/score/raw").asInt()).isEqualTo(5);
        assertThat(completed.at("/score/max").asInt()).isEqualTo(6);
        assertThat(completed.get("scoreLabel").asText()).isEqualTo("Strong");
        assertThat(completed.get("assessmentResults")).hasSize(2);
        String pdf = completed.at("/attachments/0/url").asText();
        assertThat(completed.at("/attachments/0/type").asText()).isEqualTo("PDF_URL");
        HttpResponse<byte[]> report = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdf))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(new String(report.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void inlineOrderEndsOnSrsCallbackPage() throws Exception {
        connectOnce();
        click("//vaadin-button[normalize-space(.)='Order inline']");
        click("//vaadin-button[normalize-space(.)='Order inline for a generated candidate']");
        String srOrderId = ordered().group(1);
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.candidate-url")));
        browser.get(link.getAttribute("href"));

        start();
        choose("//vaadin-radio-button[normalize-space(.)='Yes']");
        type(0, "3");
        type(1, "ready");
        submit();

        wait.until(ExpectedConditions.urlContains("/sandbox?completed=" + srOrderId));
        JsonNode received = awaitStatuses(srOrderId, List.of("IN_PROGRESS", "COMPLETED"));
        JsonNode completed = completed(received);
        assertThat(completed.at("/score/raw").asInt()).isEqualTo(3);
        assertThat(completed.at("/score/max").asInt()).isEqualTo(3);
    }

    /** An empty schema: the demo company Acme and its packages are created afresh, not connected yet. */
    private static Map<String, String> ownDatabase() {
        TestDatabase.Coordinates db = TestDatabase.fresh();
        return Map.of("SPRING_DATASOURCE_URL", db.url(), "SPRING_DATASOURCE_USERNAME", db.username(),
                "SPRING_DATASOURCE_PASSWORD", db.password());
    }

    /** The body of the COMPLETED result SR received. */
    private static JsonNode completed(JsonNode received) throws Exception {
        for (JsonNode call : received.get("calls")) {
            JsonNode body = JSON.readTree(call.get("body").asText());
            if ("COMPLETED".equals(body.path("status").asText())) {
                return body;
            }
        }
        throw new AssertionError("No COMPLETED result among " + received);
    }

    /**
     * SR sends an admin of Acme to our consent page; they sign in and allow; back on the sandbox page. Once: a later
     * test opens the sandbox page, where the connection is known.
     */
    private void connectOnce() {
        if (connected) {
            browser.get(app.url("/sandbox"));
            return;
        }
        String srCompanyId = "sr-loop-" + UUID.randomUUID();
        String back = app.url("/sandbox?connected=" + srCompanyId);
        browser.get(app.url("/connect/smartrecruiters?companyId=" + srCompanyId + "&redirect="
                + java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8)));
        Browser.fillLoginForm(browser, wait, "admin@acme.test", "acme-admin-pass");
        click("//*[@id='consent-allow']");
        wait.until(ExpectedConditions.urlContains("/sandbox?connected=" + srCompanyId));
        connected = true;
    }

    private void choosePackage(String name) {
        WebElement select = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select")));
        if (!select.getText().startsWith(name + " (")) {
            select.click();
            click("//vaadin-select-list-box/vaadin-select-item[starts-with(normalize-space(.), '" + name + " (')]");
        }
        wait.until(ExpectedConditions.textToBePresentInElement(select, name + " ("));
    }

    private Matcher ordered() {
        WebElement paragraph = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//p[starts-with(normalize-space(.), 'Order ') and contains(., ' for ')]")));
        Matcher matcher = ORDERED.matcher(paragraph.getText());
        assertThat(matcher.find()).as(paragraph.getText()).isTrue();
        return matcher;
    }

    private void start() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("candidate-start"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("candidate-submit")));
    }

    /** Types into the n-th text field of the open assessment and leaves it (the answer is saved on change). */
    private void type(int n, String text) {
        wait.until(d -> d.findElements(By.cssSelector("vaadin-text-field input")).size() > n);
        WebElement input = browser.findElements(By.cssSelector("vaadin-text-field input")).get(n);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    private void submit() throws InterruptedException {
        Thread.sleep(1000); // let the last typed answer's lazy change event reach the server
        click("//*[@id='candidate-submit']");
        wait.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("candidate-start")),
                ExpectedConditions.presenceOfElementLocated(By.id("candidate-done")),
                ExpectedConditions.urlContains("/sandbox?completed="),
                ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-confirm-dialog-overlay"))));
        assertThat(browser.findElements(By.tagName("vaadin-confirm-dialog-overlay")))
                .as("every question was answered: no 'unanswered' confirmation").isEmpty();
    }

    /** Clicks a radio button's or checkbox's label and waits until it shows as checked. */
    private void choose(String xpath) {
        WebElement option = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(xpath)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", option);
        // the label, not the host: the host's middle may be empty space right of the label
        WebElement label = option.findElement(By.cssSelector("label"));
        wait.until(ExpectedConditions.elementToBeClickable(label)).click();
        wait.until(d -> option.getAttribute("checked") != null);
    }

    private void click(String xpath) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(xpath))).click();
    }

    private static JsonNode awaitStatuses(String srOrderId, List<String> statuses)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode body = JSON.createObjectNode();
        while (System.nanoTime() < deadline) {
            body = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(app.url(
                    "/sandbox/sr/control/orders/" + srOrderId + "/results"))).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            List<String> got = JSON.convertValue(body.get("statuses"), List.class);
            if (got != null && got.containsAll(statuses)) {
                return body;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("SR never received " + statuses + " for order " + srOrderId + ": " + body);
    }
}
