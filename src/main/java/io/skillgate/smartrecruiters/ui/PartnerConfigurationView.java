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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import io.skillgate.smartrecruiters.ConfigurationAttempt;
import io.skillgate.smartrecruiters.PartnerConfiguration;
import io.skillgate.smartrecruiters.PartnerConfigurationService;

/** Operators: what we announce to SmartRecruiters, how the last attempt went, and "send it again". */
@Route("operator/smartrecruiters")
@PageTitle("SmartRecruiters configuration")
@Menu(order = 91, title = "SmartRecruiters configuration")
@RolesAllowed("OPERATOR")
public class PartnerConfigurationView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final transient PartnerConfigurationService configuration;
    private final Paragraph lastAttempt = new Paragraph();

    public PartnerConfigurationView(PartnerConfigurationService configuration) {
        this.configuration = configuration;
        lastAttempt.addClassName("last-attempt");
        Button send = new Button("Send configuration to SmartRecruiters again", e -> sendAgain());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(lastAttempt, send, announced(configuration.desiredConfiguration()));
        showLastAttempt();
    }

    private void sendAgain() {
        ConfigurationAttempt attempt = configuration.configureNow();
        showLastAttempt();
        Notification notification = Notification.show(attempt.success()
                ? "SmartRecruiters accepted the configuration"
                : "SmartRecruiters did not accept the configuration: " + attempt.message());
        notification.addThemeVariants(attempt.success() ? NotificationVariant.LUMO_SUCCESS
                : NotificationVariant.LUMO_ERROR);
    }

    private void showLastAttempt() {
        lastAttempt.setText(configuration.lastAttempt()
                .map(a -> "Last attempt " + WHEN.format(a.attemptedAt()) + ": "
                        + (a.success() ? "accepted by SmartRecruiters" : "failed — " + a.message()))
                .orElse("No attempt yet. Set the partner credential (see README) or send the configuration now."));
    }

    private static VerticalLayout announced(PartnerConfiguration announced) {
        VerticalLayout urls = new VerticalLayout(new Span("What we announce to SmartRecruiters:"));
        urls.setPadding(false);
        urls.setSpacing(false);
        urls.add(line("Consent", announced.consentUrl() + " (" + announced.consentDisplayMode() + ")"),
                line("Token", announced.oauthTokenUrl()),
                line("Package list", announced.assessmentPackageListUrl()),
                line("One package", announced.singleAssessmentPackageUrl()),
                line("Orders", String.valueOf(announced.packageOrderUrl())),
                line("Inline orders", String.valueOf(announced.inlineAssessmentPackageOrderUrl())),
                line("Disable", String.valueOf(announced.integrationDisableUrl())),
                line("Assessment types", String.join(", ", announced.supportedAssessmentTypes())));
        return urls;
    }

    private static Span line(String label, String value) {
        return new Span(label + ": " + value);
    }
}
