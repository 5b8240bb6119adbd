package io.skillgate.smartrecruiters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.skillgate.access.UserImportLine;
import io.skillgate.access.UserImportSource;
import io.skillgate.access.UserService;
import io.skillgate.base.CompanyId;
import io.skillgate.connection.ConnectionService;

/**
 * The users of a connected company's SR company as import lines, read with the company's SR credential (all pages
 * of the Users API). The mapping ({@link #lines}):
 * <ul>
 *   <li>e-mail, first and last name as SR has them (the import lower-cases the e-mail);</li>
 *   <li>role: SR's {@code ADMINISTRATOR} becomes {@code ADMIN}; every other SR role ({@code EXTENDED},
 *       {@code STANDARD}, {@code RESTRICTED}, {@code EMPLOYEE}, custom) becomes {@code RECRUITER} — only SR's
 *       administrators manage users and settings there, as our admins do here;</li>
 *   <li>the SSO identifier exactly as SR holds it (case-sensitive); none in SR: the line gives none, so an existing
 *       portal user keeps theirs;</li>
 *   <li>activation: a user active in SR who is new to the portal starts active; SR's flag never changes an existing
 *       portal user's state (a user SR deactivated is not locked out here, and one deactivated here is not
 *       reactivated by SR); a user inactive in SR who is new starts inactive;</li>
 *   <li>no access groups (SR's access groups are not ours);</li>
 *   <li>an inactive SR user whose e-mail an active SR user also has is left out (SR keeps such leftovers).</li>
 * </ul>
 */
@Service
public class SmartRecruitersUserSource implements UserImportSource {

    static final String SR_ADMIN_ROLE = "ADMINISTRATOR";
    private static final Logger log = LoggerFactory.getLogger(SmartRecruitersUserSource.class);

    private final ConnectionService connections;
    private final SmartRecruitersClient client;
    private final UserService users;

    SmartRecruitersUserSource(ConnectionService connections, SmartRecruitersClient client, UserService users) {
        this.connections = connections;
        this.client = client;
        this.users = users;
    }

    @Override
    public String name() {
        return "SmartRecruiters";
    }

    @Override
    public List<UserImportLine> lines(CompanyId companyId) {
        ClientCredential credential = connections.srCredential(companyId)
                .map(ClientCredential::of)
                .orElseThrow(() -> new Unavailable(Unavailable.Reason.NOT_CONNECTED,
                        "The company is not connected to SmartRecruiters"));
        List<SmartRecruitersUser> found;
        try {
            found = client.listUsers(credential);
        } catch (SmartRecruitersException e) {
            log.info("SR users of company {} not read: {}", companyId.value(), e.describe());
            throw new Unavailable(reason(e.status()), e.describe());
        }
        return lines(found, email -> users.findByEmailInCompany(companyId, email).isPresent());
    }

    private static Unavailable.Reason reason(int status) {
        return switch (status) {
            case 401, 403 -> Unavailable.Reason.REFUSED;
            case 429 -> Unavailable.Reason.BUSY;
            default -> Unavailable.Reason.UNREACHABLE;
        };
    }

    /** SR's users as import lines; {@code inPortal} tells whether an e-mail (lower case) is a user of the company. */
    static List<UserImportLine> lines(List<SmartRecruitersUser> found, Predicate<String> inPortal) {
        Set<String> activeEmails = new HashSet<>();
        found.stream().filter(SmartRecruitersUser::active).map(u -> key(u.email())).forEach(activeEmails::add);
        List<UserImportLine> lines = new ArrayList<>(found.size());
        int line = 0;
        for (SmartRecruitersUser user : found) {
            line++;
            String email = key(user.email());
            if (!user.active() && !email.isEmpty() && activeEmails.contains(email)) {
                continue;
            }
            boolean activate = user.active() && !email.isEmpty() && !inPortal.test(email);
            lines.add(new UserImportLine(line, user.email(), user.firstName(), user.lastName(), role(user.systemRole()),
                    List.of(), user.ssoIdentifier(), activate ? "true" : null));
        }
        return lines;
    }

    static String role(@Nullable String srRole) {
        return SR_ADMIN_ROLE.equalsIgnoreCase(srRole) ? "ADMIN" : "RECRUITER";
    }

    private static String key(@Nullable String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
