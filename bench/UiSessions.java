import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.skillgate.support.Browser;

/**
 * Drives real UI sessions for bench/orders-ui.sh: each of N headless Chromium browsers (its own cookies, so its own
 * HTTP and Vaadin session) signs in and, from the start page, opens the dashboard and then the orders grid through the
 * menu (the first browser also loads the grid filtered by status, ROUNDS times, for the timings), and stays open until this program is told to end (a line on stdin), so the server keeps
 * every session while the heap is measured. After the first session it prints "first" and waits for a line, after
 * the last "ready" and waits again.
 * Usage: java -cp target/test-classes:TESTCLASSPATH bench/UiSessions.java BASE_URL EMAIL PASSWORD N FILTER_ROUNDS
 */
public class UiSessions {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String email = args[1];
        String password = args[2];
        int sessions = Integer.parseInt(args[3]);
        int filterRounds = Integer.parseInt(args[4]);
        // "home": sessions stop at the start page, for the baseline of a signed-in UI without the order screens
        boolean homeOnly = args.length > 5 && args[5].equals("home");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        List<ChromeDriver> browsers = new ArrayList<>();
        try {
            for (int i = 0; i < sessions; i++) {
                ChromeDriver browser = Browser.start();
                browsers.add(browser);
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
                browser.get(base + "/login");
                Browser.fillLoginForm(browser, wait, email, password);
                wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
                if (i == 0) {
                    // the first browser also times the grid, filtered and not, through the address
                    for (int r = 0; r < filterRounds; r++) {
                        for (String query : List.of("", "?status=COMPLETED", "?status=INVITED", "?status=REJECTED")) {
                            browser.get(base + "/orders" + query);
                            waitForRows(wait);
                        }
                    }
                    browser.get(base + "/");
                }
                if (homeOnly && i > 0) {
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item")));
                    System.out.println("session " + (i + 1) + " open");
                    continue;
                }
                // as a person does: from the start page through the menu, inside one page (one Vaadin UI)
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-side-nav-item[path='dashboard']")))
                        .click();
                wait.until(ExpectedConditions.urlContains("/dashboard"));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg")));
                browser.findElement(By.cssSelector("vaadin-side-nav-item[path='orders']")).click();
                waitForRows(wait);
                System.out.println("session " + (i + 1) + " open");
                if (i == 0) {
                    // the bench measures the heap with one warm session open, then with all of them
                    System.out.println("first");
                    in.readLine();
                }
            }
            System.out.println("ready");
            in.readLine();
        } finally {
            browsers.forEach(ChromeDriver::quit);
        }
    }

    private static void waitForRows(WebDriverWait wait) {
        wait.until(d -> !d.findElements(By.cssSelector("#orders-grid vaadin-grid-cell-content")).isEmpty()
                && d.findElements(By.cssSelector("#orders-grid vaadin-grid-cell-content")).stream()
                .anyMatch(e -> e.getText().contains("@")));
    }
}
