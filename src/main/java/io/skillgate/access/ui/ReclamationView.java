package io.skillgate.access.ui;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.access.ReclamationMode;
import io.skillgate.access.ReclamationService;
import io.skillgate.access.ReclamationSettings;
import io.skillgate.access.UserException;
import io.skillgate.access.UserSummary;
import io.skillgate.base.ui.Confirmation;

/**
 * Company admins: the reclamation rule (inactive for N days; list only or deactivate automatically) and the users it
 * finds now, of whom the admin deactivates the ones they select.
 */
@Route("users/reclamation")
@RolesAllowed("ADMIN")
public class ReclamationView extends VerticalLayout implements HasDynamicTitle {

    private final ReclamationService reclamation;
    private final PortalUserPrincipal admin;
    private final IntegerField days = new IntegerField();
    private final RadioButtonGroup<ReclamationMode> mode = new RadioButtonGroup<>();
    private final Grid<UserSummary> candidates = new Grid<>(UserSummary.class, false);
    private final Button deactivate = new Button();

    public ReclamationView(AuthenticationContext authenticationContext, ReclamationService reclamation) {
        this.reclamation = reclamation;
        this.admin = authenticationContext.getAuthenticatedUser(PortalUserPrincipal.class).orElseThrow();
        setSizeFull();
        Button back = new Button(getTranslation("access.reclamation.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(UserListView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(back, new H3(getTranslation("access.reclamation.title")),
                new Paragraph(getTranslation("access.reclamation.help")), ruleForm(), candidateGrid());
        showRule(reclamation.settings(admin));
    }

    private HorizontalLayout ruleForm() {
        days.setId("reclamation-days");
        days.setLabel(getTranslation("access.reclamation.days"));
        days.setHelperText(getTranslation("access.reclamation.days.help"));
        days.setMin(0);
        days.setMax(ReclamationSettings.MAX_DAYS);
        days.setStepButtonsVisible(true);
        mode.setId("reclamation-mode");
        mode.setLabel(getTranslation("access.reclamation.mode"));
        mode.setItems(ReclamationMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("access.reclamation.mode." + m.name().toLowerCase(Locale.ROOT)));
        Button save = new Button(getTranslation("access.reclamation.save"), e -> save());
        save.setId("reclamation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(days, mode, save);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private VerticalLayout candidateGrid() {
        candidates.setId("reclamation-candidates");
        candidates.setSelectionMode(Grid.SelectionMode.MULTI);
        candidates.addColumn(UserSummary::displayName).setHeader(getTranslation("access.users.column.name"));
        candidates.addColumn(UserSummary::email).setHeader(getTranslation("access.users.column.email"));
        candidates.addColumn(u -> getTranslation("access.users.role." + u.role().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("access.users.column.role"));
        candidates.addColumn(u -> UserListView.when(u.lastSignInAt()))
                .setHeader(getTranslation("access.users.column.last-sign-in"));
        candidates.addColumn(u -> UserListView.when(u.lastActivityAt()))
                .setHeader(getTranslation("access.users.column.last-activity"));
        candidates.addColumn(u -> UserListView.WHEN.format(u.createdAt()))
                .setHeader(getTranslation("access.reclamation.column.created"));
        deactivate.setText(getTranslation("access.reclamation.deactivate"));
        deactivate.setId("reclamation-deactivate");
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deactivate.setEnabled(false);
        candidates.addSelectionListener(e -> deactivate.setEnabled(!e.getAllSelectedItems().isEmpty()));
        deactivate.addClickListener(e -> confirmDeactivation(candidates.getSelectedItems()));
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("access.reclamation.candidates")),
                deactivate, candidates);
        section.setPadding(false);
        section.setSizeFull();
        return section;
    }

    private void save() {
        Integer value = days.getValue();
        if (value == null || value < 0 || value > ReclamationSettings.MAX_DAYS || mode.getValue() == null) {
            days.setInvalid(true);
            days.setErrorMessage(getTranslation("access.reclamation.days.invalid", ReclamationSettings.MAX_DAYS));
            return;
        }
        try {
            showRule(reclamation.save(admin, new ReclamationSettings(value, mode.getValue())));
            Notification.show(getTranslation("access.reclamation.saved"));
        } catch (UserException e) {
            Notification.show(e.getMessage());
        }
    }

    private void confirmDeactivation(Set<UserSummary> selected) {
        List<Long> ids = selected.stream().map(UserSummary::id).toList();
        Confirmation.ask("reclamation-confirm", getTranslation("access.reclamation.confirm.title"),
                getTranslation("access.reclamation.confirm.text", ids.size()),
                getTranslation("access.reclamation.deactivate"), true, () -> {
                    int done = reclamation.deactivate(admin, ids);
                    Notification.show(getTranslation("access.reclamation.deactivated", done));
                    refresh();
                });
    }

    private void showRule(ReclamationSettings settings) {
        days.setInvalid(false);
        days.setValue(settings.inactiveDays());
        mode.setValue(settings.mode());
        refresh();
    }

    private void refresh() {
        candidates.deselectAll();
        candidates.setItems(reclamation.candidates(admin));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access.reclamation.title");
    }
}
