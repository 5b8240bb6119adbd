package io.skillgate.access.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.access.SystemRole;
import io.skillgate.company.CompanyService;
import io.skillgate.company.CompanySummary;

/** The start page after sign-in: who you are, for which company, and where to go next. */
@Route("")
@PageTitle("Start")
@Menu(order = 0, title = "Start")
@PermitAll
public class HomeView extends VerticalLayout {

    public HomeView(AuthenticationContext authenticationContext, CompanyService companies) {
        addClassName("home-view");
        authenticationContext.getAuthenticatedUser(PortalUserPrincipal.class).ifPresent(user -> {
            add(new H2("Welcome, " + user.displayName()));
            if (user.role() == SystemRole.OPERATOR) {
                add(new Paragraph("You are a Skillgate operator. Customer companies and their connections are "
                        + "in the operator area."));
            } else {
                String company = companies.find(user.requireCompanyId()).map(CompanySummary::name).orElse("?");
                add(new Paragraph("You are signed in to " + company + " as " + roleName(user.role()) + "."));
            }
        });
    }

    private static String roleName(SystemRole role) {
        return switch (role) {
            case ADMIN -> "an administrator";
            case RECRUITER -> "a recruiter";
            case OPERATOR -> "an operator";
        };
    }
}
