package io.skillgate.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.Lumo;

import io.skillgate.base.SignedInUser;
import io.skillgate.base.internal.ModuleTranslations;

/**
 * The frame of every signed-in page: title, navigation and the user menu. The navigation lists only the
 * views the signed-in user may open ({@link MenuConfiguration} applies the routes' access annotations).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authenticationContext;
    private final SideNav navigation = new SideNav();
    private final H1 viewTitle = new H1();

    public MainLayout(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        setPrimarySection(Section.DRAWER);

        viewTitle.addClassName("view-title");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), viewTitle);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.add(userMenu());
        addToNavbar(header);

        Span brand = new Span("Skillgate");
        brand.addClassName("brand");
        navigation.setLabel(getTranslation("base.layout.navigation"));
        addToDrawer(brand, navigation);
    }

    private HorizontalLayout userMenu() {
        HorizontalLayout menu = new HorizontalLayout();
        menu.setAlignItems(FlexComponent.Alignment.CENTER);
        menu.addClassName("user-menu");
        authenticationContext.getAuthenticatedUser(SignedInUser.class).ifPresent(user -> {
            Span name = new Span(user.displayName());
            name.addClassName("user-name");
            name.getElement().setAttribute("title", user.email());
            menu.add(name);
        });
        Button theme = new Button(VaadinIcon.ADJUST.create(), e -> toggleTheme());
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        theme.setAriaLabel(getTranslation("base.layout.theme"));
        theme.setTooltipText(getTranslation("base.layout.theme"));
        Button logout = new Button(getTranslation("base.layout.signout"), VaadinIcon.SIGN_OUT.create(), e -> authenticationContext.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        menu.add(languageChooser(), theme, logout);
        menu.getStyle().set("margin-inline-start", "auto").set("padding-inline-end", "var(--lumo-space-m)");
        return menu;
    }

    private void toggleTheme() {
        var themes = getElement().getThemeList();
        var uiThemes = getUI().map(ui -> ui.getElement().getThemeList()).orElse(themes);
        if (uiThemes.contains(Lumo.DARK)) {
            uiThemes.remove(Lumo.DARK);
        } else {
            uiThemes.add(Lumo.DARK);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        navigation.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            navigation.addItem(new SideNavItem(text(entry.title()), entry.path()));
        }
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).map(this::text).orElse(""));
    }

    /** A menu title or page header: a translation key ("order.list.title") or, for older views, plain English. */
    private String text(String titleOrKey) {
        return titleOrKey.matches("[a-z]+(\\.[a-zA-Z_]+)+") ? getTranslation(titleOrKey) : titleOrKey;
    }

    private Select<Locale> languageChooser() {
        Select<Locale> language = new Select<>();
        language.setId("language");
        language.setItems(ModuleTranslations.LANGUAGES);
        language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        language.setAriaLabel(getTranslation("base.layout.language"));
        language.setValue(ModuleTranslations.LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(getLocale().getLanguage())).findFirst().orElse(Locale.ENGLISH));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        language.addThemeVariants(SelectVariant.LUMO_SMALL);
        language.setWidth("8em");
        return language;
    }
}
