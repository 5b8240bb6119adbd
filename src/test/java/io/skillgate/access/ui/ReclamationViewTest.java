package io.skillgate.access.ui;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;

import io.skillgate.access.CreateUserCommand;
import io.skillgate.access.ReclamationMode;
import io.skillgate.access.ReclamationService;
import io.skillgate.access.ReclamationSettings;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserService;
import io.skillgate.access.UserSummary;
import io.skillgate.base.CompanyId;
import io.skillgate.company.CompanyService;
import io.skillgate.support.KaribuTest;
import io.skillgate.support.MovableClock;
import io.skillgate.support.MovableClockConfiguration;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

/** The reclamation page: the rule is saved, candidates are listed, and selected ones are deactivated after a confirm. */
@Import(MovableClockConfiguration.class)
class ReclamationViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void anAdminSetsTheRuleAndDeactivatesSelectedInactiveUsers() {
        UserService users = context.getBean(UserService.class);
        MovableClock clock = context.getBean(MovableClock.class);
        String suffix = Long.toString(System.nanoTime());
        CompanyId company = context.getBean(CompanyService.class).create("Reclaim UI " + suffix, "test").id();
        String admin = "admin-" + suffix + "@reclaim-ui.test";
        users.create(new CreateUserCommand(company, admin, "Ada", "Admin", SystemRole.ADMIN, "correct-horse-battery",
                true), "test");
        UserSummary idle = users.create(new CreateUserCommand(company, "idle-" + suffix + "@reclaim-ui.test", "Ida",
                "Idle", SystemRole.RECRUITER, null, true), "test");
        UserSummary busy = users.create(new CreateUserCommand(company, "busy-" + suffix + "@reclaim-ui.test", "Bo",
                "Busy", SystemRole.RECRUITER, null, true), "test");
        clock.advance(Duration.ofDays(20));
        users.recordActivity(busy.id());

        signIn(admin);
        UI.getCurrent().navigate("users");
        _get(Anchor.class, spec -> spec.withId("users-export"));
        _click(_get(Button.class, spec -> spec.withId("users-reclamation")));
        IntegerField days = _get(IntegerField.class, spec -> spec.withId("reclamation-days"));
        assertThat(days.getValue()).isEqualTo(60);
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("reclamation-candidates"));
        assertThat(_findAll(grid)).isEmpty();

        _setValue(days, 10);
        _setValue((RadioButtonGroup<ReclamationMode>) _get(RadioButtonGroup.class,
                spec -> spec.withId("reclamation-mode")), ReclamationMode.LIST_ONLY);
        _click(_get(Button.class, spec -> spec.withId("reclamation-save")));
        assertThat(context.getBean(ReclamationService.class).settings(users.loadPrincipal(admin).orElseThrow()))
                .isEqualTo(new ReclamationSettings(10, ReclamationMode.LIST_ONLY));
        assertThat(_findAll(grid)).extracting(UserSummary::email).containsExactly(idle.email())
                .as("never the signed-in admin").doesNotContain(admin, busy.email());

        Button deactivate = _get(Button.class, spec -> spec.withId("reclamation-deactivate"));
        assertThat(deactivate.isEnabled()).isFalse();
        grid.select(_findAll(grid).get(0));
        _click(deactivate);
        assertThat(users.find(idle.id()).orElseThrow().active()).as("asks first").isTrue();
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(users.find(idle.id()).orElseThrow().active()).isFalse();
        assertThat(_findAll(grid)).isEmpty();
        _assertNone(ConfirmDialog.class);
    }
}
