package io.skillgate.catalog.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;

import io.skillgate.base.CompanyId;
import io.skillgate.base.SignedInUser;
import io.skillgate.base.ui.Confirmation;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.EditablePackage;
import io.skillgate.catalog.PackageDraft;
import io.skillgate.catalog.PackageDraft.AssessmentDraft;
import io.skillgate.catalog.PackageRefused;
import io.skillgate.catalog.PackageTerms;

/**
 * Company admins: create or edit a package with its terms, assessments and question banks (keys included),
 * archive or restore it, open its preview. Ctrl+S (or Enter in the name) saves; the catalog checks everything and
 * its refusal is shown at the field it names.
 */
@Route("packages/:packageId/edit")
@RouteAlias("packages/new")
@RolesAllowed("ADMIN")
public class PackageEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CatalogService catalog;
    private final transient @Nullable SignedInUser admin;
    private final H2 title = new H2();
    private final Div crumbs = new Div();
    private final Paragraph problem = new Paragraph();
    private final TextField name = new TextField();
    private final Select<AssessmentType> type = new Select<>();
    private final TextArea description = new TextArea();
    private final ListActions<AssessmentEditor> assessments = new ListActions<>();
    private final HorizontalLayout actions = new HorizontalLayout();
    private TermsEditor terms = new TermsEditor(PackageTerms.DEFAULT);
    private @Nullable EditablePackage current;
    private String heading = "";

    public PackageEditorView(CatalogService catalog, AuthenticationContext authenticationContext) {
        this.catalog = catalog;
        this.admin = authenticationContext.getAuthenticatedUser(SignedInUser.class).orElse(null);
        setMaxWidth("60rem");
        problem.setId("package-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        name.setLabel(t("package.name"));
        name.setRequiredIndicatorVisible(true);
        name.setWidth("30em");
        name.addKeyPressListener(Key.ENTER, e -> save());
        type.setLabel(t("package.type"));
        type.setItems(AssessmentType.values());
        type.setItemLabelGenerator(v -> t("type." + v.name()));
        description.setLabel(t("package.description"));
        description.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String packageId = event.getRouteParameters().get("packageId").orElse(null);
        current = packageId == null ? null
                : catalog.forEditing(company(), packageId, requireAdmin()).orElse(null);
        removeAll();
        if (packageId != null && current == null) {
            heading = t("editor.notFound.title");
            add(breadcrumbs(heading), new H2(heading), new Paragraph(t("editor.notFound")));
            return;
        }
        show(current == null ? new PackageDraft("", "", AssessmentType.SKILL_TEST, PackageTerms.DEFAULT,
                List.of(new AssessmentDraft(null, "", "", null, List.of()))) : current.draft());
    }

    private void show(PackageDraft draft) {
        removeAll();
        heading = current == null ? t("editor.new") : draft.name();
        title.setText(heading);
        name.setValue(draft.name());
        type.setValue(draft.type());
        description.setValue(draft.description());
        terms = new TermsEditor(draft.terms());
        assessments.clear();
        draft.assessments().forEach(this::addAssessment);
        Button add = new Button(t("assessment.add"), VaadinIcon.PLUS.create(),
                e -> addAssessment(new AssessmentDraft(null, "", "", null, List.of())));
        Paragraph hint = new Paragraph(t("editor.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Paragraph status = new Paragraph(current == null ? "" : t(current.active() ? "status.active" : "status.archived"));
        add(breadcrumbs(heading), title, status, hint, new HorizontalLayout(name, type), description, terms,
                new com.vaadin.flow.component.html.H3(t("assessments.heading")), assessments.box(), add, problem,
                actions());
    }

    private Div breadcrumbs(String last) {
        crumbs.removeAll();
        crumbs.getElement().setAttribute("role", "navigation");
        crumbs.getElement().setAttribute("aria-label", t("breadcrumbs"));
        com.vaadin.flow.router.RouterLink list = new com.vaadin.flow.router.RouterLink(t("list.title"),
                PackageListView.class);
        crumbs.add(list, new com.vaadin.flow.component.html.Span(" › " + last));
        return crumbs;
    }

    private HorizontalLayout actions() {
        actions.removeAll();
        Button save = new Button(t("editor.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        save.setTooltipText(t("editor.save.shortcut"));
        actions.add(save);
        EditablePackage existing = current;
        if (existing != null) {
            Button preview = new Button(t("editor.preview"), VaadinIcon.EYE.create(),
                    e -> UI.getCurrent().navigate("packages/" + existing.id() + "/preview"));
            preview.setTooltipText(t("editor.preview.hint"));
            Button archive = existing.active() ? new Button(t("editor.archive"), e -> confirmArchive(existing))
                    : new Button(t("editor.restore"), e -> restore(existing));
            if (existing.active()) {
                archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            actions.add(preview, archive);
        }
        actions.add(new Button(t("editor.cancel"), e -> UI.getCurrent().navigate(PackageListView.class)));
        return actions;
    }

    private void addAssessment(AssessmentDraft draft) {
        assessments.add(new AssessmentEditor(draft, assessments));
    }

    private PackageDraft draft() {
        return new PackageDraft(name.getValue(), description.getValue(), type.getValue(), terms.value(),
                assessments.items().stream().map(AssessmentEditor::value).toList());
    }

    private void save() {
        clearProblems();
        try {
            EditablePackage saved = current == null ? catalog.create(company(), draft(), requireAdmin())
                    : catalog.update(company(), current.id(), draft(), requireAdmin());
            Notification.show(t("editor.saved", saved.draft().name()));
            if (current == null) {
                UI.getCurrent().navigate("packages/" + saved.id() + "/edit");
            } else {
                current = saved;
                show(saved.draft());
            }
        } catch (PackageRefused refused) {
            showProblem(refused);
        }
    }

    private void confirmArchive(EditablePackage existing) {
        Confirmation.ask("package-archive-confirm", t("archive.title", existing.draft().name()), t("archive.text"),
                t("archive.confirm"), true, () -> {
                    catalog.archive(company(), existing.id(), requireAdmin());
                    Notification.show(t("archive.done", existing.draft().name()));
                    UI.getCurrent().navigate(PackageListView.class);
                });
    }

    private void restore(EditablePackage existing) {
        clearProblems();
        try {
            catalog.restore(company(), existing.id(), requireAdmin());
            Notification.show(t("restore.done", existing.draft().name()));
            current = catalog.forEditing(company(), existing.id(), requireAdmin()).orElse(null);
            show(existing.draft());
        } catch (PackageRefused refused) {
            showProblem(refused);
        }
    }

    private void showProblem(PackageRefused refused) {
        String message = t("problem." + refused.code(), refused.arguments());
        problem.setText(t("editor.notSaved", message));
        String field = refused.field();
        int at = refused.assessmentIndex();
        if (field.equals("name") || field.equals("description")) {
            TextField target = field.equals("name") ? name : null;
            if (target != null) {
                target.setInvalid(true);
                target.setErrorMessage(message);
            } else {
                description.setInvalid(true);
                description.setErrorMessage(message);
            }
        } else if (field.startsWith("terms")) {
            terms.showProblem(field, message);
        } else if (at >= 0 && at < assessments.items().size()) {
            assessments.items().get(at).showProblem(refused, message);
        }
    }

    private void clearProblems() {
        problem.setText("");
        name.setInvalid(false);
        description.setInvalid(false);
        terms.clearProblems();
        assessments.items().forEach(AssessmentEditor::clearProblems);
    }

    private SignedInUser requireAdmin() {
        if (admin == null) {
            throw new org.springframework.security.access.AccessDeniedException("not signed in");
        }
        return admin;
    }

    private CompanyId company() {
        CompanyId company = requireAdmin().companyId();
        if (company == null) {
            throw new org.springframework.security.access.AccessDeniedException("not a company user");
        }
        return company;
    }

    @Override
    public String getPageTitle() {
        return heading.isEmpty() ? t("editor.new") : heading;
    }

    private static String t(String key, Object... params) {
        return Texts.get(key, params);
    }
}
