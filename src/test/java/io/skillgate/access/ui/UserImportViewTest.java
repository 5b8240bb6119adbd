package io.skillgate.access.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;

import io.skillgate.access.CreateUserCommand;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserImportResult;
import io.skillgate.access.UserService;
import io.skillgate.base.CompanyId;
import io.skillgate.company.CompanyService;
import io.skillgate.support.KaribuTest;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

/** The import page: upload → preview (nothing saved) → apply in the background → result per line. */
class UserImportViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void anAdminUploadsSeesThePreviewAppliesAndGetsTheResult() throws Exception {
        UserService users = context.getBean(UserService.class);
        String s = Long.toString(System.nanoTime());
        CompanyId company = context.getBean(CompanyService.class).create("Upload Corp " + s, "test").id();
        String admin = "admin-" + s + "@upload.test";
        users.create(new CreateUserCommand(company, admin, "Ada", "Admin", SystemRole.ADMIN, "correct-horse-battery",
                true), "test");
        signIn(admin);
        UI.getCurrent().navigate("users");
        _click(_get(Button.class, spec -> spec.withId("users-import")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("users/import");

        String csv = "email,firstName,lastName,role,activate\n"
                + "new-" + s + "@upload.test,Nia,New,RECRUITER,true\n"
                + "broken,Bad,Line,RECRUITER,\n";
        _upload(_get(Upload.class, spec -> spec.withId("user-import-upload")), "people.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        MockVaadin.runUIQueue();

        Grid<UserImportResult> grid = _get(Grid.class, spec -> spec.withId("user-import-results"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("user-import-summary")).getText())
                .isEqualTo("Preview of people.csv: 1 to create, 0 to update, 0 unchanged, 1 with errors."
                        + " Nothing is saved yet.");
        assertThat(_getFormatted(grid, 0, "outcome")).isEqualTo("new user");
        assertThat(_getFormatted(grid, 1, "outcome")).isEqualTo("error");
        assertThat(_getFormatted(grid, 1, "message")).contains("email");
        assertThat(users.emailExists("new-" + s + "@upload.test")).as("a preview saves nothing").isFalse();

        Button apply = _get(Button.class, spec -> spec.withId("user-import-apply"));
        assertThat(apply.isEnabled()).isTrue();
        ProgressBar progress = _get(UserImportView.class).getChildren().filter(ProgressBar.class::isInstance)
                .map(ProgressBar.class::cast).findFirst().orElseThrow();
        Paragraph summary = _get(Paragraph.class, spec -> spec.withId("user-import-summary"));
        _click(apply);
        for (int i = 0; i < 300 && !summary.getText().startsWith("Import finished"); i++) {
            Thread.sleep(100);
            MockVaadin.runUIQueue();
        }

        assertThat(progress.getValue()).as("the background task reported its chunks").isEqualTo(1.0);
        assertThat(progress.isVisible()).isFalse();
        assertThat(summary.getText()).isEqualTo("Import finished: 1 created, 0 updated, 0 unchanged, 1 with errors.");
        List<UserImportResult> results = _findAll(grid);
        assertThat(results).extracting(UserImportResult::outcome)
                .containsExactly(UserImportResult.Outcome.CREATED, UserImportResult.Outcome.ERROR);
        assertThat(users.loadPrincipal("new-" + s + "@upload.test").orElseThrow().isEnabled()).isTrue();
        Anchor download = _get(Anchor.class, spec -> spec.withId("user-import-download"));
        assertThat(download.isVisible()).isTrue();
        assertThat(download.getHref()).isNotBlank();
        assertThat(apply.isEnabled()).as("applied once; uploading again starts over").isFalse();
    }

    @Test
    void aRecruiterCannotOpenTheImportPage() {
        signIn(RECRUITER);
        UI.getCurrent().navigate("users/import");
        _assertNone(Upload.class);
    }
}
