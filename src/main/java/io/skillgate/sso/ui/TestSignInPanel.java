package io.skillgate.sso.ui;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import io.skillgate.sso.SsoSettingsDetails;

/** The test sign-in: a link that runs one through the IdP (same tab; we come back here) and the last result. */
final class TestSignInPanel extends VerticalLayout {

    TestSignInPanel() {
        setPadding(false);
    }

    void show(SsoSettingsDetails details, SsoFormats formats) {
        removeAll();
        add(new Paragraph(getTranslation("sso.test.intro")));
        if (details.configured() && details.enabled()) {
            Anchor link = new Anchor(details.testUrl(), "");
            link.setId("sso-test");
            link.setRouterIgnore(true);
            Button button = new Button(getTranslation("sso.test.start"), VaadinIcon.SIGN_IN.create());
            button.setTabIndex(-1);
            link.add(button);
            add(link);
        } else {
            Paragraph unavailable = new Paragraph(getTranslation("sso.test.unavailable"));
            unavailable.setId("sso-test-unavailable");
            unavailable.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(unavailable);
        }
        Div last = result(details, formats, "sso-last-test", false);
        if (last != null) {
            add(last);
        }
    }

    /** The last test's result (success or failure, detail, time), or null when there was none. */
    @Nullable Div result(SsoSettingsDetails details, SsoFormats formats, String id, boolean prominent) {
        if (details.lastTestAt() == null || details.lastTestSucceeded() == null) {
            return null;
        }
        boolean succeeded = details.lastTestSucceeded();
        String detail = details.lastTestDetail() == null ? "" : details.lastTestDetail();
        String text = getTranslation(succeeded ? "sso.test.succeeded" : "sso.test.failed",
                formats.dateTime(details.lastTestAt()), detail);
        Div box = new Div((succeeded ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CLOSE_CIRCLE).create(), new Span(text));
        box.setId(id);
        box.getElement().setAttribute("role", prominent ? "alert" : "status");
        box.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("color", succeeded ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)")
                .set("background", succeeded ? "var(--lumo-success-color-10pct)" : "var(--lumo-error-color-10pct)");
        if (prominent) {
            box.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        }
        return box;
    }
}
