package io.skillgate.base.ui;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;

import io.skillgate.support.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** With the UI in German, the sign-in page, the frame and the start page speak German: the translations are wired. */
class GermanViewTest extends KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("io.skillgate");

    /**
     * A German UI from the start, as the browser gets one after choosing German (the new UI takes the session's
     * language). Setting the locale of the UI Karibu's setup made would come too late: that UI has already opened
     * the sign-in page in English, and navigating to it again keeps that instance.
     */
    @BeforeEach
    void speakGerman() {
        MockVaadin.tearDown();
        MockVaadin.setup(GermanViewTest::germanUi, new MockSpringServlet(ROUTES, context, GermanViewTest::germanUi));
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.GERMAN);
    }

    private static UI germanUi() {
        UI ui = new UI();
        ui.setLocale(Locale.GERMAN);
        return ui;
    }

    @Test
    void theLoginPageIsGerman() {
        UI.getCurrent().navigate("login");

        String i18n = String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n"));
        assertThat(i18n).contains("\"title\":\"Anmelden\"", "\"username\":\"E-Mail\"", "\"password\":\"Passwort\"",
                "\"submit\":\"Anmelden\"");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Assessments für SmartRecruiters");
        assertThat(_find(Anchor.class)).extracting(Anchor::getText)
                .allMatch(text -> text.equals("Neu bei Skillgate? Unternehmenskonto anlegen"));
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Anmelden · Skillgate");
    }

    @Test
    void theStartPageAndItsFrameAreGerman() {
        signIn(ADMIN);
        UI.getCurrent().navigate("");

        assertThat(_get(H2.class).getText()).isEqualTo("Willkommen, Ada Admin");
        assertThat(_get(Paragraph.class).getText()).isEqualTo("Sie sind bei Acme als Administrator angemeldet.");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .contains("Start", "Aufträge", "Pakete", "Benutzer", "SmartRecruiters-Verbindung");
        _get(Button.class, spec -> spec.withText("Abmelden"));
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Start");
    }
}
