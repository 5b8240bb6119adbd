package io.skillgate.connection.ui;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import io.skillgate.base.CompanyId;
import io.skillgate.base.SignedInUser;
import io.skillgate.company.CompanyService;
import io.skillgate.company.CompanySummary;
import io.skillgate.connection.ConsentRefused;
import io.skillgate.connection.ConsentRequest;
import io.skillgate.connection.ConsentService;

/**
 * The announced {@code consentUrl}: SR sends a customer's admin here with {@code companyId} (and {@code redirect} in
 * REDIRECT mode). Signing in happens on the way (the access control keeps the full URL through the login round
 * trip). No navigation chrome: the page may be inside SR's pop-up.
 */
@Route(value = ConsentView.PATH, autoLayout = false)
@PermitAll
public class ConsentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "connect/smartrecruiters";

    private final transient ConsentService consent;
    private final transient CompanyService companies;
    private final transient AuthenticationContext authenticationContext;
    private @Nullable ConsentRequest request;

    public ConsentView(ConsentService consent, CompanyService companies, AuthenticationContext authenticationContext) {
        this.consent = consent;
        this.companies = companies;
        this.authenticationContext = authenticationContext;
        addClassName("consent-view");
        setMaxWidth("42rem");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        removeAll();
        add(new H1(getTranslation("connection.consent.title")));
        try {
            request = consent.check(first(query, "companyId"), first(query, "redirect"));
        } catch (ConsentRefused refused) {
            request = null;
            show(refused);
            return;
        }
        SignedInUser user = authenticationContext.getAuthenticatedUser(SignedInUser.class).orElse(null);
        if (user == null) {
            return; // not reached: the view needs a signed-in user
        }
        try {
            CompanyId companyId = consent.requireGrantor(user);
            String companyName = companies.find(companyId).map(CompanySummary::name).orElse(getTranslation("connection.consent.your-company"));
            showConsentScreen(request, user, companyName);
        } catch (ConsentRefused refused) {
            show(refused);
        }
    }

    private void showConsentScreen(ConsentRequest request, SignedInUser user, String companyName) {
        UnorderedList abilities = new UnorderedList(
                new ListItem(getTranslation("connection.consent.ability.read", companyName)),
                new ListItem(getTranslation("connection.consent.ability.order")),
                new ListItem(getTranslation("connection.consent.ability.results")));
        Button allow = new Button(getTranslation("connection.consent.allow"), e -> decide(consent::grant));
        allow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        allow.setId("consent-allow");
        allow.setDisableOnClick(true);
        Button deny = new Button(getTranslation("connection.consent.deny"), e -> leave(false));
        deny.setId("consent-deny");
        add(new Paragraph(getTranslation("connection.consent.asks", request.srCompanyId(), companyName)),
                abilities,
                new Paragraph(getTranslation("connection.consent.granted-by", user.displayName(), user.email())),
                new HorizontalLayout(allow, deny));
    }

    /** Allow or re-link: on success back to SR; a refusal replaces the screen with its explanation. */
    private void decide(BiConsumer<SignedInUser, ConsentRequest> decision) {
        ConsentRequest current = request;
        SignedInUser user = authenticationContext.getAuthenticatedUser(SignedInUser.class).orElse(null);
        if (current == null || user == null) {
            return;
        }
        try {
            decision.accept(user, current);
            leave(true);
        } catch (ConsentRefused refused) {
            removeAll();
            add(new H1(getTranslation("connection.consent.title")));
            show(refused);
        }
    }

    /** Done (granted or not): back to SR in REDIRECT mode; in POPUP mode say so (SR closes its pop-up). */
    private void leave(boolean granted) {
        ConsentRequest current = request;
        String back = current == null ? null : current.redirect();
        if (back != null) {
            UI.getCurrent().getPage().setLocation(back);
            return;
        }
        removeAll();
        Paragraph done = new Paragraph(getTranslation(granted ? "connection.consent.done.granted"
                : "connection.consent.done.denied"));
        done.setId("consent-done");
        Button close = new Button(getTranslation("connection.consent.close"),
                e -> UI.getCurrent().getPage().executeJs("window.close()"));
        add(new H1(getTranslation(granted ? "connection.consent.connected" : "connection.consent.not-connected")),
                done, close);
    }

    private void show(ConsentRefused refused) {
        Paragraph message = new Paragraph(refused.getMessage());
        message.setId("consent-error");
        add(message);
        ConsentRequest current = request;
        if (refused.relinkable() && current != null) {
            Button relink = new Button(getTranslation("connection.consent.relink"), e -> decide(consent::relink));
            relink.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            relink.setId("consent-relink");
            add(relink);
        }
        String back = current == null ? null : current.redirect();
        if (back != null) {
            Component anchor = new Anchor(back, getTranslation("connection.consent.back"));
            add(anchor);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("connection.consent.title") + " · Skillgate";
    }

    private static @Nullable String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.size() != 1 ? null : values.get(0);
    }
}
