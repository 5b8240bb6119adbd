package io.skillgate.access.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.access.SystemRole;
import io.skillgate.company.CompanyService;
import io.skillgate.company.CompanySummary;

/** The start page after sign-in: who you are, for which company, and where to go next. */
@Route("")
@Menu(order = 0, title = "access.home.title")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(AuthenticationContext authenticationContext, CompanyService companies) {
        addClassName("home-view");
        authenticationContext.getAuthenticatedUser(PortalUserPrincipal.class).ifPresent(user -> {
            add(new H2(getTranslation("access.home.welcome", user.displayName())));
            if (user.role() == SystemRole.OPERATOR) {
                add(new Paragraph(getTranslation("access.home.operator")));
            } else {
                String company = companies.find(user.requireCompanyId()).map(CompanySummary::name).orElse("?");
                add(new Paragraph(getTranslation(signedInAs(user.role()), company)));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access.home.title");
    }

    /** One whole sentence per role, so each language can phrase the role as it needs. */
    private static String signedInAs(SystemRole role) {
        return switch (role) {
            case ADMIN -> "access.home.signed-in.admin";
            case RECRUITER -> "access.home.signed-in.recruiter";
            case AUDITOR -> "access.home.signed-in.auditor";
            case OPERATOR -> "access.home.signed-in.operator";
        };
    }
}
