package io.skillgate.support;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;

import io.skillgate.access.PortalUserPrincipal;

/**
 * Base of every view test: a real Spring context on MariaDB (with the dev demo data), Vaadin mocked by Karibu,
 * and {@link #signIn(String)} standing in for the missing Spring Security bridge of Karibu 2.5.
 */
@SpringBootTest
public abstract class KaribuTest {

    public static final String OPERATOR = "operator@skillgate.test";
    public static final String ADMIN = "admin@acme.test";
    public static final String RECRUITER = "recruiter@acme.test";
    public static final String AUDITOR = "auditor@acme.test";

    private static final Routes ROUTES = new Routes().autoDiscoverViews("io.skillgate");

    @Autowired
    protected ApplicationContext context;

    @Autowired
    private UserDetailsService userDetailsService;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    /** Signs the user in as form login would, then reloads the UI so the layout sees them. */
    protected PortalUserPrincipal signIn(String email) {
        PortalUserPrincipal user = (PortalUserPrincipal) userDetailsService.loadUserByUsername(email);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        List<String> roles = user.getAuthorities().stream().map(a -> a.getAuthority().substring("ROLE_".length()))
                .toList();
        request.setUserInRole((principal, role) -> roles.contains(role));
        return user;
    }
}
