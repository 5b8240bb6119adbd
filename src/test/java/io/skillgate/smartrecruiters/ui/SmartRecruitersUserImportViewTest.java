package io.skillgate.smartrecruiters.ui;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

import io.skillgate.access.CreateUserCommand;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserImportResult;
import io.skillgate.access.UserImportResult.Outcome;
import io.skillgate.access.UserService;
import io.skillgate.base.CompanyId;
import io.skillgate.company.CompanyService;
import io.skillgate.support.KaribuTest;
import io.skillgate.support.PartnerFixture;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Import from SmartRecruiters" on the import page: SR (the sandbox, hence a real port) is read in the background,
 * the preview is the CSV import's, Apply writes; a company without connection is told so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SmartRecruitersUserImportViewTest extends KaribuTest {

    private static final String BUTTON = "user-import-source-smartrecruiters";

    private String adminOf(CompanyId company) {
        String email = "admin-" + System.nanoTime() + "@sr-import.test";
        context.getBean(UserService.class).create(new CreateUserCommand(company, email, "Ada", "Admin",
                SystemRole.ADMIN, "correct-horse-battery", true), "test");
        return email;
    }

    private static Paragraph summary() {
        return _get(Paragraph.class, spec -> spec.withId("user-import-summary"));
    }

    private static void waitFor(String start) throws InterruptedException {
        for (int i = 0; i < 300 && !summary().getText().startsWith(start); i++) {
            Thread.sleep(100);
            MockVaadin.runUIQueue();
        }
        assertThat(summary().getText()).startsWith(start);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminOfAConnectedCompanyPreviewsAndAppliesTheUsersOfSr() throws Exception {
        CompanyId company = new PartnerFixture(context).connectThroughSandbox(context, "SR View Co");
        signIn(adminOf(company));
        UI.getCurrent().navigate("users/import");
        Button fromSr = _get(Button.class, spec -> spec.withId(BUTTON));
        assertThat(fromSr.getText()).isEqualTo("Import from SmartRecruiters");

        _click(fromSr);
        waitFor("Preview of SmartRecruiters:");

        assertThat(summary().getText()).endsWith("0 unchanged, 0 with errors. Nothing is saved yet.");
        Grid<UserImportResult> grid = _get(Grid.class, spec -> spec.withId("user-import-results"));
        List<UserImportResult> preview = _findAll(grid);
        assertThat(preview).hasSizeGreaterThan(100).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.CREATED));
        UserService users = context.getBean(UserService.class);
        assertThat(users.count(company)).as("only the admin: a preview saves nothing").isEqualTo(1);

        Button apply = _get(Button.class, spec -> spec.withId("user-import-apply"));
        assertThat(apply.isEnabled()).isTrue();
        _click(apply);
        waitFor("Import finished");

        assertThat(summary().getText()).isEqualTo("Import finished: " + preview.size()
                + " created, 0 updated, 0 unchanged, 0 with errors.");
        assertThat(users.count(company)).isEqualTo(1 + preview.size());

        _click(fromSr);
        waitFor("Preview of SmartRecruiters:");
        assertThat(summary().getText()).contains("0 to create, 0 to update, " + preview.size() + " unchanged");
        assertThat(apply.isEnabled()).as("nothing to apply").isFalse();
    }

    @Test
    void anAdminOfACompanyWithoutConnectionIsToldSo() throws Exception {
        CompanyId company = context.getBean(CompanyService.class).create("No SR View " + System.nanoTime(), "test")
                .id();
        signIn(adminOf(company));
        UI.getCurrent().navigate("users/import");

        _click(_get(Button.class, spec -> spec.withId(BUTTON)));
        waitFor("Your company");

        assertThat(summary().getText()).isEqualTo("Your company is not connected to SmartRecruiters. Connect it first;"
                + " nothing was imported.");
    }
}
