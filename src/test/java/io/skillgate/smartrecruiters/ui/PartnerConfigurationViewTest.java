package io.skillgate.smartrecruiters.ui;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import io.skillgate.base.ui.AccessDeniedView;
import io.skillgate.support.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class PartnerConfigurationViewTest extends KaribuTest {

    private static Class<?> currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass();
    }

    @Test
    void anOperatorSeesWhatWeAnnounceAndCanSendItAgain() {
        signIn(OPERATOR);
        UI.getCurrent().navigate("operator/smartrecruiters");
        assertThat(currentView()).isEqualTo(PartnerConfigurationView.class);
        assertThat(_find(Span.class)).extracting(Span::getText)
                .contains("Token: http://localhost:8080/api/sr/v1/oauth/token");

        _click(_get(Button.class, spec -> spec.withText("Send configuration to SmartRecruiters again")));

        // no web server in this mock environment: the attempt is recorded (as skipped or failed) and shown
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("last-attempt")).getText()).startsWith("Last attempt ");
    }

    @Test
    void companyUsersMayNotOpenIt() {
        signIn(ADMIN);
        UI.getCurrent().navigate("operator/smartrecruiters");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }
}
