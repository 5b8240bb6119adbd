package io.skillgate.catalog.ui;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.button.Button;

import io.skillgate.access.SignUpCommand;
import io.skillgate.access.SignUpService;
import io.skillgate.base.ui.AccessDeniedView;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.PackageSummary;
import io.skillgate.catalog.PackageTerms;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.NewQuestion;
import io.skillgate.catalog.PackageDraft;
import io.skillgate.support.KaribuTest;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class PackageListViewTest extends KaribuTest {

    @Autowired
    private CatalogService catalog;

    @Autowired
    private SignUpService signUp;

    static Class<?> currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminSeesTheCompanysPackagesWithTheirContentAndCanShowArchivedOnes() {
        var admin = signIn(ADMIN);
        String name = "Archived list check " + System.nanoTime();
        var archived = catalog.create(admin.requireCompanyId(), new PackageDraft(name, "", AssessmentType.SKILL_TEST,
                PackageTerms.DEFAULT, List.of(new PackageDraft.AssessmentDraft(null, "Only", "", null, List.of(
                        new PackageDraft.QuestionDraft(null, NewQuestion.shortText("Hi?", List.of("hi"))))))), admin);
        catalog.archive(admin.requireCompanyId(), archived.id(), admin);

        UI.getCurrent().navigate("packages");
        assertThat(currentView()).isEqualTo(PackageListView.class);
        Grid<PackageSummary> grid = _get(Grid.class);
        assertThat(_findAll(grid)).extracting(PackageSummary::name)
                .contains("Java developer skills", "Quick screening").doesNotContain(name);
        int row = _findAll(grid).stream().map(PackageSummary::name).toList().indexOf("Java developer skills");
        assertThat(_getFormattedRow(grid, row)).containsSubsequence("Java developer skills", "Skill test", "2", "6",
                "Active");

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Show")), PackageListView.Show.ARCHIVED);
        assertThat(_findAll(grid)).extracting(PackageSummary::name).contains(name)
                .doesNotContain("Java developer skills");
        assertThat(_findAll(grid)).allMatch(p -> !p.active());

        _click(_get(Button.class, spec -> spec.withText("New package")));
        assertThat(currentView()).isEqualTo(PackageEditorView.class);
    }

    @Test
    void aCompanyWithoutPackagesIsToldWhatToDoNext() {
        String email = "empty-" + System.nanoTime() + "@packages.test";
        signUp.signUp(new SignUpCommand("Empty Packages " + System.nanoTime(), email, "Emma", "Empty",
                "a-long-enough-password"));
        signIn(email);
        UI.getCurrent().navigate("packages");
        Paragraph empty = _get(Paragraph.class, spec -> spec.withId("packages-empty"));
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText()).startsWith("No packages yet — create one");
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void recruitersAndOperatorsAreRefused() {
        signIn(RECRUITER);
        UI.getCurrent().navigate("packages");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);

        signIn(OPERATOR);
        UI.getCurrent().navigate("packages");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }
}
