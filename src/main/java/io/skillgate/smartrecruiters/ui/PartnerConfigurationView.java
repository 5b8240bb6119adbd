package io.skillgate.smartrecruiters.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import io.skillgate.smartrecruiters.ConfigurationAttempt;
import io.skillgate.smartrecruiters.PartnerConfiguration;
import io.skillgate.smartrecruiters.PartnerConfigurationService;

/** Operators: what we announce to SmartRecruiters, how the last attempt went, and "send it again". */
@Route("operator/smartrecruiters")
@Menu(order = 91, title = "smartrecruiters.configuration.title")
@RolesAllowed("OPERATOR")
public class PartnerConfigurationView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final transient PartnerConfigurationService configuration;
    private final Paragraph lastAttempt = new Paragraph();

    public PartnerConfigurationView(PartnerConfigurationService configuration) {
        this.configuration = configuration;
        lastAttempt.addClassName("last-attempt");
        Button send = new Button(getTranslation("smartrecruiters.configuration.send"), e -> sendAgain());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(lastAttempt, send, announced(configuration.desiredConfiguration()));
        showLastAttempt();
    }

    private void sendAgain() {
        ConfigurationAttempt attempt = configuration.configureNow();
        showLastAttempt();
        Notification notification = Notification.show(attempt.success()
                ? getTranslation("smartrecruiters.configuration.accepted")
                : getTranslation("smartrecruiters.configuration.refused", attempt.message()));
        notification.addThemeVariants(attempt.success() ? NotificationVariant.LUMO_SUCCESS
                : NotificationVariant.LUMO_ERROR);
    }

    private void showLastAttempt() {
        lastAttempt.setText(configuration.lastAttempt()
                .map(a -> getTranslation(a.success() ? "smartrecruiters.configuration.last.accepted"
                        : "smartrecruiters.configuration.last.failed", WHEN.format(a.attemptedAt()), a.message()))
                .orElse(getTranslation("smartrecruiters.configuration.last.none")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("smartrecruiters.configuration.title");
    }

    private VerticalLayout announced(PartnerConfiguration announced) {
        VerticalLayout urls = new VerticalLayout(new Span(getTranslation("smartrecruiters.configuration.announced")));
        urls.setPadding(false);
        urls.setSpacing(false);
        urls.add(line("consent", announced.consentUrl() + " (" + announced.consentDisplayMode() + ")"),
                line("token", announced.oauthTokenUrl()),
                line("package-list", announced.assessmentPackageListUrl()),
                line("one-package", announced.singleAssessmentPackageUrl()),
                line("orders", String.valueOf(announced.packageOrderUrl())),
                line("inline-orders", String.valueOf(announced.inlineAssessmentPackageOrderUrl())),
                line("disable", String.valueOf(announced.integrationDisableUrl())),
                line("assessment-types", String.join(", ", announced.supportedAssessmentTypes())));
        return urls;
    }

    private Span line(String label, String value) {
        return new Span(getTranslation("smartrecruiters.configuration.line", getTranslation(
                "smartrecruiters.configuration.announced." + label), value));
    }
}
