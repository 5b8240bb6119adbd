package io.skillgate.candidate.ui;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.dom.Element;

import io.skillgate.base.CompanyId;
import io.skillgate.base.Viewer;
import io.skillgate.base.ui.AccessDeniedView;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.CreatePackageCommand;
import io.skillgate.catalog.CreatePackageCommand.NewAssessment;
import io.skillgate.catalog.NewQuestion;
import io.skillgate.company.CompanyService;
import io.skillgate.support.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class PackagePreviewViewTest extends KaribuTest {

    @Autowired
    private CatalogService catalog;

    @Autowired
    private CompanyService companies;

    private static Class<?> currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass();
    }

    /** Every text, attribute and property value of the page: what would reach the browser. */
    private static List<String> everythingSent() {
        List<String> values = new ArrayList<>();
        Element view = UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getElement();
        values.add(view.getTextRecursively());
        collect(view, values);
        return values;
    }

    private static void collect(Element element, List<String> values) {
        if (element.isTextNode()) {
            values.add(element.getText());
            return;
        }
        element.getAttributeNames().forEach(name -> values.add(String.valueOf(element.getAttribute(name))));
        element.getPropertyNames().forEach(name -> values.add(String.valueOf(element.getPropertyRaw(name))));
        element.getChildren().forEach(child -> collect(child, values));
    }

    @Test
    void anAdminSeesEveryAssessmentAsCandidatesDoButNoAnswerKey() {
        var admin = signIn(ADMIN);
        CompanyId acme = admin.requireCompanyId();
        String id = catalog.create(acme, new CreatePackageCommand("Preview check " + System.nanoTime(), "",
                AssessmentType.SKILL_TEST, List.of(
                        new NewAssessment("Words", "Say the word", AssessmentType.SKILL_TEST, 600, List.of(
                                NewQuestion.shortText("The secret word?", List.of("xyzzy-secret-key")),
                                NewQuestion.singleChoice("Pick", List.of("Plain", "Fancy"), 1))),
                        new NewAssessment("Numbers", "", AssessmentType.SKILL_TEST, null, List.of(
                                NewQuestion.numeric("Answer?", new java.math.BigDecimal("424242"),
                                        java.math.BigDecimal.ONE))))), "test").id();

        UI.getCurrent().navigate("packages/" + id + "/preview");
        assertThat(currentView()).isEqualTo(PackagePreviewView.class);
        assertThat(_find(H1.class)).extracting(H1::getText).containsExactly("Words", "Numbers");
        assertThat(_get(Paragraph.class, spec -> spec.withId("preview-banner")).getText())
                .contains("Nothing you enter here is saved");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("preview-time-limit")))
                .extracting(Paragraph::getText).containsExactly("Time limit: 10 min", "No time limit");
        RadioButtonGroup<?> choice = _get(RadioButtonGroup.class);
        assertThat(choice.getValue()).isNull();
        assertThat(everythingSent()).noneMatch(v -> v.contains("xyzzy-secret-key") || v.contains("424242"))
                .anyMatch(v -> v.contains("The secret word?"));

        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withPlaceholder(
                "Your answer")), "xyzzy");
        assertThat(catalog.allPackages(Viewer.wholeCompany(acme))).isNotEmpty(); // still usable; nothing stored
    }

    @Test
    void anotherCompanysPackageIsNotFound() {
        CompanyId other = companies.create("Other Preview Co " + System.nanoTime(), "test").id();
        String theirs = catalog.create(other, new CreatePackageCommand("Theirs", "", AssessmentType.SKILL_TEST,
                List.of(new NewAssessment("Hidden", "", AssessmentType.SKILL_TEST, null, List.of(
                        NewQuestion.shortText("Their question", List.of("x")))))), "test").id();
        signIn(ADMIN);
        UI.getCurrent().navigate("packages/" + theirs + "/preview");
        assertThat(_get(H1.class).getText()).isEqualTo("Package not found");
        assertThat(everythingSent()).noneMatch(v -> v.contains("Their question") || v.contains("Hidden"));
    }

    @Test
    void recruitersAndOperatorsAreRefused() {
        var admin = signIn(ADMIN);
        String id = catalog.allPackages(Viewer.wholeCompany(admin.requireCompanyId())).get(0).id();
        for (String user : List.of(RECRUITER, OPERATOR)) {
            signIn(user);
            UI.getCurrent().navigate("packages/" + id + "/preview");
            assertThat(currentView()).as(user).isEqualTo(AccessDeniedView.class);
        }
    }
}
