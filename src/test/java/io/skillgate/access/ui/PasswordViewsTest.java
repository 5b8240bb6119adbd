package io.skillgate.access.ui;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;

import io.skillgate.access.CreateUserCommand;
import io.skillgate.access.PasswordLinkService;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserService;
import io.skillgate.base.CompanyId;
import io.skillgate.company.CompanyService;
import io.skillgate.sandbox.SandboxMailbox;
import io.skillgate.security.ui.LoginView;
import io.skillgate.support.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /password} and {@code /password/<token>}, anonymous. */
class PasswordViewsTest extends KaribuTest {

    private static final Pattern TOKEN = Pattern.compile("/password/([A-Za-z0-9_-]{43})");

    @Autowired
    private PasswordLinkService passwordLinks;

    @Autowired
    private UserService users;

    @Autowired
    private CompanyService companies;

    @Autowired
    private SandboxMailbox mailbox;

    private String userWithoutPassword() {
        CompanyId company = companies.create("Pwview " + System.nanoTime(), "test").id();
        String email = "pwview-" + System.nanoTime() + "@pwview.test";
        users.create(new CreateUserCommand(company, email, "Pia", "View", SystemRole.RECRUITER, null, true), "test");
        return email;
    }

    private String token(String email) throws InterruptedException {
        passwordLinks.request(email, "10.80." + UUID.randomUUID());
        for (int i = 0; i < 100 && mailbox.mailsTo(email).isEmpty(); i++) {
            Thread.sleep(100);
        }
        Matcher link = TOKEN.matcher(mailbox.mailsTo(email).get(0).body());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private static Paragraph paragraph(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id));
    }

    @Test
    void askingForALinkSaysTheSameForAnAccountAndForAnUnknownAddress() {
        UI.getCurrent().navigate("password");
        _assertNone(Paragraph.class, spec -> spec.withId("password-sent"));

        _setValue(_get(EmailField.class), "nobody-" + System.nanoTime() + "@pwview.test");
        _click(_get(Button.class, spec -> spec.withId("password-send")));
        String unknownAnswer = paragraph("password-sent").getText();

        UI.getCurrent().navigate("password");
        _setValue(_get(EmailField.class), userWithoutPassword());
        _click(_get(Button.class, spec -> spec.withId("password-send")));
        assertThat(paragraph("password-sent").getText()).isEqualTo(unknownAnswer)
                .startsWith("If the address belongs to an active account");
    }

    @Test
    void anEmptyAddressIsMarkedAtTheField() {
        UI.getCurrent().navigate("password");
        _click(_get(Button.class, spec -> spec.withId("password-send")));
        assertThat(_get(EmailField.class).isInvalid()).isTrue();
        _assertNone(Paragraph.class, spec -> spec.withId("password-sent"));
    }

    @Test
    void anUnknownTokenSaysTheLinkIsInvalid() {
        UI.getCurrent().navigate("password/" + "x".repeat(43));
        assertThat(paragraph("password-invalid").getText()).contains("invalid");
    }

    @Test
    void theLinkSetsThePasswordWithErrorsAtTheFieldsThenLeadsToSignIn() throws InterruptedException {
        String token = token(userWithoutPassword());
        UI.getCurrent().navigate("password/" + token);
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("password-new"));
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withId("password-repeat"));
        Button save = _get(Button.class, spec -> spec.withId("password-save"));

        _setValue(password, "a long new password");
        _setValue(repeat, "a long other password");
        _click(save);
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo("The two passwords differ");

        _setValue(password, "short");
        _setValue(repeat, "short");
        _click(save);
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("The password needs at least 12 characters");

        _setValue(password, "a long new password");
        _setValue(repeat, "a long new password");
        _click(save);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(LoginView.class);
        assertThat(paragraph("login-notice").getText()).contains("Your password is set");

        UI.getCurrent().navigate("password/" + token);
        assertThat(paragraph("password-invalid").getText()).contains("invalid");
    }
}
