package io.skillgate;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.skillgate.access.UserService;
import io.skillgate.base.CompanyId;
import io.skillgate.order.InvitationService;
import io.skillgate.order.OrderKind;
import io.skillgate.order.OrderService;
import io.skillgate.order.PlaceOrderCommand;
import io.skillgate.support.BrowserExtension;
import io.skillgate.support.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin and recruiter screens in a real Chromium, on this JVM's app (dev profile: demo company Acme, its admin;
 * no background jobs, so the test moves orders itself): an admin builds a package in the editor and finds it in the
 * list; with the orders grid open, an order placed as SR places it appears without a reload (Vaadin Push), and an
 * open order page shows the order's new status when the invitation goes out. Vaadin runs the production bundle
 * that {@code ./mvnw verify} built before the ITs.
 *
 * <p>With {@code -Dskillgate.screenshots=docs/screenshots} it also writes the README's screenshots (1280×800).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {TestDatabaseInitializer.OWN_DATABASE + "=true", "vaadin.productionMode=true"})
class RecruiterScreensIT {

    private static final Pattern EDITING = Pattern.compile("/packages/([^/?#]+)/edit");
    /** Set in the page before something happens elsewhere; a reload would drop it. */
    private static final String MARK = "window.skillgateNotReloaded = true";
    private static final String MARKED = "return window.skillgateNotReloaded === true";

    @RegisterExtension
    final BrowserExtension browser = BrowserExtension.waitingUpTo(Duration.ofSeconds(30)).window(1280, 800);

    @LocalServerPort
    private int port;

    @Autowired
    private UserService users;

    @Autowired
    private OrderService orders;

    @Autowired
    private InvitationService invitations;

    @Test
    void anAdminBuildsAPackageAndWatchesItsOrderArriveAndMove() {
        // the schema is this test's own: fixed names are unique, and the pictures show no noise
        String packageName = "Java fundamentals";

        browser.signIn(url("/login"), "admin@acme.test", "acme-admin-pass");
        browser.await().until(d -> !d.getCurrentUrl().contains("/login"));

        // (a) a package made in the editor, found in the list
        String packageId = createPackage(packageName);
        browser.documentationScreenshot("package-editor");
        browser.driver().get(url("/packages"));
        browser.visible(cell(packageName));

        browser.driver().get(url("/packages/" + packageId + "/preview"));
        assertThat(browser.visible(By.id("preview-banner")).getText()).contains(packageName);
        browser.documentationScreenshot("package-preview");

        browser.driver().get(url("/access-groups"));
        browser.present(By.id("access-groups-grid"));
        browser.documentationScreenshot("access-groups");

        // (b) the open orders grid gets the new order through Push
        browser.driver().get(url("/orders"));
        // Acme has no order yet: the empty state stands in for the grid until one arrives
        browser.await().until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("orders-empty")),
                ExpectedConditions.visibilityOfElementLocated(By.id("orders-grid"))));
        browser.awaitIdle();
        String candidate = "Grace Hopper";
        assertThat(browser.driver().findElements(cell(candidate))).isEmpty();
        browser.script(MARK);
        String orderId = placeOrder(packageId, "Grace", "Hopper");
        browser.visible(cell(candidate));
        assertThat(browser.script(MARKED)).as("the grid was updated in place, not reloaded").isEqualTo(true);
        browser.documentationScreenshot("orders");

        // … and the open order page gets its new status the same way
        browser.click(cell(candidate));
        browser.await().until(ExpectedConditions.urlContains("/orders/" + orderId));
        WebElement status = browser.visible(By.id("order-status"));
        assertThat(status.getText()).isEqualTo("Received");
        browser.present(By.id("order-timeline"));
        browser.awaitIdle();
        browser.script(MARK);
        assertThat(invitations.inviteDue()).isPositive();
        browser.await().until(ExpectedConditions.textToBe(By.id("order-status"), "Invited"));
        assertThat(browser.script(MARKED)).as("the order page was updated in place, not reloaded").isEqualTo(true);
        browser.documentationScreenshot("order");

        browser.driver().get(url("/dashboard"));
        browser.visible(By.id("kpi-orders"));
        browser.documentationScreenshot("dashboard");
    }

    /** Fills the editor for a new package of type Skill test with one single-choice question; returns its id. */
    private String createPackage(String name) {
        browser.driver().get(url("/packages/new"));
        type(field("vaadin-text-field", "Package name"), name);
        choose("SmartRecruiters type", "Skill test");
        type(field("vaadin-text-field", "Assessment name"), "Basics");
        browser.click(By.xpath("//vaadin-button[normalize-space(.)='Add question']"));
        type(By.xpath(fieldXpath("vaadin-text-area", "Question") + "//textarea"),
                "Which keyword makes a field constant?");
        type(field("vaadin-text-field", "Option 1"), "static");
        type(field("vaadin-text-field", "Option 2"), "final");
        tick(By.xpath("(//vaadin-checkbox[label[normalize-space(.)='Right answer']])[2]"));
        // the button's own text: its tooltip ("Save (Ctrl+S)") is part of its content too
        browser.click(By.xpath("//vaadin-button[text()[normalize-space(.)='Save']]"));
        browser.await().until(d -> EDITING.matcher(d.getCurrentUrl()).find()
                || !d.findElement(By.id("package-problem")).getText().isBlank());
        Matcher editing = EDITING.matcher(browser.driver().getCurrentUrl());
        assertThat(editing.find()).as("saved, not refused: %s", browser.driver().findElements(By.id("package-problem"))
                .stream().map(WebElement::getText).findFirst().orElse("")).isTrue();
        browser.await().until(ExpectedConditions.titleIs(name));
        // back to the top of the saved package for its picture
        browser.script("arguments[0].scrollIntoView({block: 'start'});",
                browser.present(By.xpath("//div[@role='navigation'][a[contains(@href, 'packages')]]")));
        return editing.group(1);
    }

    /** SR's order for a candidate, placed as the partner API places it. */
    private String placeOrder(String packageId, String firstName, String lastName) {
        CompanyId acme = users.companyOfEmail("admin@acme.test").orElseThrow();
        String srOrderId = UUID.randomUUID().toString();
        return orders.place(new PlaceOrderCommand(acme, OrderKind.REGULAR, srOrderId,
                "https://api.smartrecruiters.com/assessment-api/v202010/orders/" + srOrderId + "/results", packageId,
                "cand-" + srOrderId, "grace.hopper@example.com", firstName, lastName, "en", null,
                "recruiter@acme.test", "job-screens", null, Map.of())).orderId();
    }

    private static By cell(String text) {
        return By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + text + "']");
    }

    private static By field(String tag, String label) {
        return By.xpath(fieldXpath(tag, label) + "//input");
    }

    private static String fieldXpath(String tag, String label) {
        return "(//" + tag + "[label[normalize-space(.)='" + label + "']])[1]";
    }

    /** Types into a field and leaves it, so its value reaches the server. */
    private void type(By input, String text) {
        WebElement element = browser.await().until(ExpectedConditions.elementToBeClickable(input));
        element.sendKeys(text);
        element.sendKeys(Keys.TAB);
    }

    /** Picks an item of the select with that label and waits until it shows it. */
    private void choose(String label, String item) {
        By select = By.xpath(fieldXpath("vaadin-select", label));
        browser.click(select);
        // the list's item, not the copy of the chosen one that the select shows as its value
        browser.click(By.xpath("//vaadin-select-list-box/vaadin-select-item[normalize-space(.)='" + item + "']"));
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(select, item));
    }

    /** Ticks a checkbox by its label and waits until it shows as checked. */
    private void tick(By checkbox) {
        WebElement box = browser.present(checkbox);
        browser.script("arguments[0].scrollIntoView({block: 'center'});", box);
        browser.await().until(ExpectedConditions.elementToBeClickable(box.findElement(By.cssSelector("label"))))
                .click();
        browser.await().until(d -> box.getAttribute("checked") != null);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
