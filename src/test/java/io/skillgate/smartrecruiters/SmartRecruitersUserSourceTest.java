package io.skillgate.smartrecruiters;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.skillgate.access.UserImportLine;
import io.skillgate.access.UserImportSource;
import io.skillgate.access.UserService;
import io.skillgate.base.CompanyId;
import io.skillgate.connection.ConnectionService;
import io.skillgate.connection.SrCredential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** SR's users as import lines: roles, SSO identifiers, activation, leftovers; SR's refusals as reasons. */
class SmartRecruitersUserSourceTest {

    private static SmartRecruitersUser user(String email, String role, String sso, boolean active) {
        return new SmartRecruitersUser("id-" + email, email, "First", "Last", role, sso, active);
    }

    @Test
    void rolesSsoIdentifiersAndActivationAreMapped() {
        List<UserImportLine> lines = SmartRecruitersUserSource.lines(List.of(
                user("Boss@Example.com", "ADMINISTRATOR", "Boss|CaseSensitive", true),
                user("ext@example.com", "EXTENDED", null, true),
                user("emp@example.com", "EMPLOYEE", null, true),
                user("gone@example.com", "STANDARD", null, false),
                user("known@example.com", "custom-role", "known", true)), Set.of("known@example.com")::contains);

        assertThat(lines).extracting(UserImportLine::line).containsExactly(1, 2, 3, 4, 5);
        assertThat(lines).extracting(UserImportLine::role)
                .containsExactly("ADMIN", "RECRUITER", "RECRUITER", "RECRUITER", "RECRUITER");
        assertThat(lines.get(0).email()).as("the import normalizes; the line keeps SR's spelling")
                .isEqualTo("Boss@Example.com");
        assertThat(lines.get(0).ssoIdentifier()).isEqualTo("Boss|CaseSensitive");
        assertThat(lines.get(1).ssoIdentifier()).isNull();
        assertThat(lines).extracting(UserImportLine::activate)
                .as("active in SR and new: active; inactive in SR: not given; already a portal user: not given")
                .containsExactly("true", "true", "true", null, null);
        assertThat(lines).allSatisfy(line -> assertThat(line.accessGroups()).isEmpty());
    }

    @Test
    void anInactiveLeftoverWithTheEmailOfAnActiveUserIsLeftOut() {
        List<UserImportLine> lines = SmartRecruitersUserSource.lines(List.of(
                user("same@example.com", "STANDARD", null, false),
                user("SAME@example.com", "STANDARD", "same", true),
                user("alone@example.com", "STANDARD", null, false)), email -> false);

        assertThat(lines).extracting(UserImportLine::line).containsExactly(2, 3);
    }

    @Test
    void srsRefusalsBecomeReasonsAndAMissingConnectionIsSaid() {
        CompanyId company = new CompanyId(42);
        ConnectionService connections = mock(ConnectionService.class);
        SmartRecruitersClient client = mock(SmartRecruitersClient.class);
        SmartRecruitersUserSource source = new SmartRecruitersUserSource(connections, client, mock(UserService.class));
        when(connections.srCredential(company)).thenReturn(Optional.empty());
        assertThat(catchThrowableOfType(UserImportSource.Unavailable.class, () -> source.lines(company)).reason())
                .isEqualTo(UserImportSource.Unavailable.Reason.NOT_CONNECTED);

        when(connections.srCredential(company)).thenReturn(Optional.of(new SrCredential("id", "secret")));
        for (var expected : List.of(List.of(401, "REFUSED"), List.of(403, "REFUSED"), List.of(429, "BUSY"),
                List.of(503, "UNREACHABLE"), List.of(0, "UNREACHABLE"))) {
            doThrow(new SmartRecruitersException((Integer) expected.get(0), "no", List.of())).when(client)
                    .listUsers(any());
            assertThat(catchThrowableOfType(UserImportSource.Unavailable.class, () -> source.lines(company))
                    .reason().name()).as("HTTP " + expected.get(0)).isEqualTo(expected.get(1));
        }
    }
}
