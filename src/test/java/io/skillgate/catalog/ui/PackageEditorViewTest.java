package io.skillgate.catalog.ui;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.base.CompanyId;
import io.skillgate.base.Viewer;
import io.skillgate.base.ui.AccessDeniedView;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.CreatePackageCommand;
import io.skillgate.catalog.EditablePackage;
import io.skillgate.catalog.NewQuestion;
import io.skillgate.catalog.PackageDraft;
import io.skillgate.catalog.PackageSummary;
import io.skillgate.catalog.PackageTerms;
import io.skillgate.company.CompanyService;
import io.skillgate.support.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static io.skillgate.catalog.ui.PackageListViewTest.currentView;
import static org.assertj.core.api.Assertions.assertThat;

class PackageEditorViewTest extends KaribuTest {

    @Autowired
    private CatalogService catalog;

    @Autowired
    private CompanyService companies;

    private String idOf(PortalUserPrincipal admin, String name) {
        return catalog.allPackages(Viewer.wholeCompany(admin.requireCompanyId())).stream()
                .filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }

    private EditablePackage ownPackage(PortalUserPrincipal admin, String name) {
        return catalog.create(admin.requireCompanyId(), new PackageDraft(name, "", AssessmentType.SKILL_TEST,
                PackageTerms.DEFAULT, List.of(new PackageDraft.AssessmentDraft(null, "Only", "", null, List.of(
                        new PackageDraft.QuestionDraft(null, NewQuestion.shortText("Hi?", List.of("hi"))))))), admin);
    }

    private static String problem() {
        return _get(Paragraph.class, spec -> spec.withId("package-problem")).getText();
    }

    @Test
    void anAdminEditsAPackageWithBreadcrumbsTermsAndItsQuestionsWithKeys() {
        var admin = signIn(ADMIN);
        UI.getCurrent().navigate("packages/" + idOf(admin, "Java developer skills") + "/edit");
        assertThat(currentView()).isEqualTo(PackageEditorView.class);
        assertThat(_get(RouterLink.class, spec -> spec.withText("Packages")).getHref()).isEqualTo("packages");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Package name")).getValue())
                .isEqualTo("Java developer skills");
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Invitation expires after (days)")).getValue())
                .isEqualTo(7);
        assertThat(_find(TextField.class, spec -> spec.withLabel("Assessment name"))).extracting(TextField::getValue)
                .containsExactly("Java basics", "Concurrency");
        assertThat(_find(TextArea.class, spec -> spec.withLabel("Question"))).hasSize(6);
        // the key of "Which type holds a 64-bit whole number?" (long) is ticked for the admin
        List<Checkbox> right = _find(Checkbox.class, spec -> spec.withLabel("Right answer"));
        assertThat(right.get(1).getValue()).isTrue();
        assertThat(right.get(0).getValue()).isFalse();
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Accepted answers, one per line")).getValue())
                .isEqualTo("new");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("Changes apply to every invitation whose candidate has not started"));
    }

    @Test
    void theServicesRefusalIsShownAtTheFieldAndNothingIsSaved() {
        var admin = signIn(ADMIN);
        String id = idOf(admin, "Quick screening");
        UI.getCurrent().navigate("packages/" + id + "/edit");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Time limit (minutes)")), 20);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(problem()).isEqualTo("Not saved: An inline package takes at most 15 minutes in all; this one "
                + "takes 20.");
        assertThat(catalog.forEditing(admin.requireCompanyId(), id, admin).orElseThrow().draft().assessments()
                .get(0).timeLimitSeconds()).isEqualTo(180);

        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Time limit (minutes)")), null);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        IntegerField limit = _get(IntegerField.class, spec -> spec.withLabel("Time limit (minutes)"));
        assertThat(limit.isInvalid()).isTrue();
        assertThat(limit.getErrorMessage()).isEqualTo("Assessment 1 needs a time limit: an inline package is taken "
                + "during the application.");
    }

    @Test
    void aNewPackageIsCreatedFromTheFormOnceItsKeysAreComplete() {
        var admin = signIn(ADMIN);
        String name = "Form-made package " + System.nanoTime();
        UI.getCurrent().navigate("packages/new");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Package name")), name);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Assessment name")), "Basics");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(problem()).contains("Assessment 1 (“Basics”) has no question yet");

        _click(_get(Button.class, spec -> spec.withText("Add question")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Question")), "Which is a fruit?");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Option 1")), "Apple");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Option 2")), "Brick");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(problem()).isEqualTo("Not saved: Question 1 of assessment 1: tick the right answer(s).");
        assertThat(catalog.allPackages(Viewer.wholeCompany(admin.requireCompanyId())))
                .extracting(PackageSummary::name).doesNotContain(name);

        _setValue(_find(Checkbox.class, spec -> spec.withLabel("Right answer")).get(0), true);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        PackageSummary created = catalog.allPackages(Viewer.wholeCompany(admin.requireCompanyId())).stream()
                .filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        assertThat(created.questionCount()).isEqualTo(1);
        assertThat(catalog.forEditing(admin.requireCompanyId(), created.id(), admin).orElseThrow().draft()
                .assessments().get(0).questions().get(0).question().correctOptions()).containsExactly(0);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("packages/" + created.id() + "/edit");
    }

    @Test
    void archivingAsksFirstAndRestoringBringsThePackageBack() {
        var admin = signIn(ADMIN);
        CompanyId acme = admin.requireCompanyId();
        EditablePackage own = ownPackage(admin, "Archive me " + System.nanoTime());
        UI.getCurrent().navigate("packages/" + own.id() + "/edit");

        _click(_get(Button.class, spec -> spec.withText("Archive…")));
        assertThat(catalog.orderablePackage(acme, own.id())).isPresent(); // not before the confirmation
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        _fireConfirm(confirm);
        assertThat(catalog.orderablePackage(acme, own.id())).isEmpty();
        assertThat(currentView()).isEqualTo(PackageListView.class);

        UI.getCurrent().navigate("packages/" + own.id() + "/edit");
        _click(_get(Button.class, spec -> spec.withText("Restore")));
        assertThat(catalog.orderablePackage(acme, own.id())).isPresent();
    }

    @Test
    void anotherCompanysPackageIsNotFound() {
        CompanyId other = companies.create("Other Editor Co " + System.nanoTime(), "test").id();
        String theirs = catalog.create(other, new CreatePackageCommand("Theirs", "secret", AssessmentType.SKILL_TEST,
                List.of()), "test").id();
        signIn(ADMIN);
        UI.getCurrent().navigate("packages/" + theirs + "/edit");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("Your company has no package with this address."));
        assertThat(_find(TextField.class, spec -> spec.withLabel("Package name"))).isEmpty();
    }

    @Test
    void recruitersAndOperatorsAreRefused() {
        var admin = signIn(ADMIN);
        String id = idOf(admin, "Java developer skills");
        for (String user : List.of(RECRUITER, OPERATOR)) {
            signIn(user);
            UI.getCurrent().navigate("packages/new");
            assertThat(currentView()).as(user).isEqualTo(AccessDeniedView.class);
            UI.getCurrent().navigate("packages/" + id + "/edit");
            assertThat(currentView()).as(user).isEqualTo(AccessDeniedView.class);
        }
    }
}
