package io.skillgate.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.skillgate.access.domain.PasswordLink;
import io.skillgate.access.domain.PasswordLinkRepository;
import io.skillgate.access.domain.PasswordLinkRequest;
import io.skillgate.access.domain.PasswordLinkRequestRepository;
import io.skillgate.access.domain.PortalUser;
import io.skillgate.access.domain.PortalUserRepository;
import io.skillgate.access.internal.PasswordLinkMailer;
import io.skillgate.audit.AuditEntry;
import io.skillgate.audit.AuditService;
import io.skillgate.base.AfterTransaction;
import io.skillgate.base.CompanyId;
import io.skillgate.base.Secrets;
import io.skillgate.base.SkillgateProperties;

/**
 * Password links by e-mail, so users created without a password (Users API, SCIM, imports) and users who forgot
 * theirs can set one. {@link #request} answers the same whatever the address: it mails a link only to an active
 * company user who may sign in with a password ({@link PasswordSignInPolicy}), at most
 * {@code password-link-max-requests} times per hour per address asked for (and a higher limit per client address),
 * and the mail leaves on another thread after the commit, so neither the answer nor its timing tells whether the
 * address is a user's. The link ({@code /password/<token>}, 256 random bits, only the SHA-256 stored) works once, until it
 * expires, and only while it is the user's newest. Operators get no link: a mailbox must not open the platform.
 */
@Service
@Transactional(readOnly = true)
public class PasswordLinkService {

    /** The page that sets the password: {@code /password/<token>}; the one that asks for a link is {@code /password}. */
    public static final String PATH = "password";
    private static final Duration WINDOW = Duration.ofHours(1);
    private static final int TOKEN_BYTES = 32;

    private final PortalUserRepository users;
    private final PasswordLinkRepository links;
    private final PasswordLinkRequestRepository requests;
    private final UserService userService;
    private final PasswordSignInPolicy policy;
    private final PasswordLinkMailer mailer;
    private final TaskExecutor executor;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final PasswordLinkProperties properties;
    private final SkillgateProperties portal;
    private final Clock clock;

    PasswordLinkService(PortalUserRepository users, PasswordLinkRepository links,
                        PasswordLinkRequestRepository requests, UserService userService, PasswordSignInPolicy policy,
                        PasswordLinkMailer mailer, TaskExecutor executor, AuditService audit,
                        ApplicationEventPublisher events, PasswordLinkProperties properties,
                        SkillgateProperties portal, Clock clock) {
        this.users = users;
        this.links = links;
        this.requests = requests;
        this.userService = userService;
        this.policy = policy;
        this.mailer = mailer;
        this.executor = executor;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.portal = portal;
        this.clock = clock;
    }

    /**
     * Asks for a link for {@code email} from {@code remoteAddress}. Returns nothing and throws nothing for an
     * unknown, inactive, operator, SSO-only or throttled address: the caller tells everyone the same.
     */
    @Transactional
    public void request(String email, String remoteAddress) {
        Instant now = clock.instant();
        String address = UserService.normalizeEmail(email);
        String client = remoteAddress.length() <= 64 ? remoteAddress : remoteAddress.substring(0, 64);
        String emailHash = Secrets.sha256(address);
        requests.save(new PasswordLinkRequest(emailHash, client, now));
        Optional<PortalUser> found = users.findByEmail(address);
        CompanyId companyId = found.map(UserService::companyOf).orElse(null);
        String named = address.length() <= 254 ? address : address.substring(0, 254);
        Instant since = now.minus(WINDOW);
        if (requests.countByEmailHashAndRequestedAtAfter(emailHash, since) > properties.passwordLinkMaxRequests()
                || requests.countByRemoteAddressAndRequestedAtAfter(client, since)
                > properties.passwordLinkMaxRequestsPerClient()) {
            refuse(companyId, named, client, "user.password-link.throttled", "No password link sent to " + named
                    + ": more than " + properties.passwordLinkMaxRequests() + " requests within an hour for this"
                    + " address, or " + properties.passwordLinkMaxRequestsPerClient() + " from this client");
            return;
        }
        String refusal = found.isEmpty() ? "no user has this address" : refusal(found.get());
        if (refusal != null) {
            refuse(companyId, named, client, "user.password-link.refused",
                    "No password link sent to " + named + ": " + refusal);
            return;
        }
        PortalUser user = found.get();
        CompanyId company = new CompanyId(Objects.requireNonNull(user.getCompanyId()));
        links.deleteUnusedOf(user.requireId());
        String token = Secrets.random(TOKEN_BYTES);
        Instant expiresAt = now.plus(properties.passwordLinkValidity());
        links.save(new PasswordLink(company.value(), user.requireId(), Secrets.sha256(token), now, expiresAt));
        audit.record(new AuditEntry(company, user.getEmail(), "user.password-link.sent",
                "Password link sent to " + user.getEmail() + ", valid until " + expiresAt
                        + "; earlier unused links of the user no longer work", client));
        UserSummary recipient = UserService.toSummary(user);
        String link = portal.url("/" + PATH + "/" + token);
        AfterTransaction.commit(() -> executor.execute(() -> mailer.send(recipient, link, expiresAt)));
    }

    /** Why this user gets no link, or {@code null} when they do. */
    private @Nullable String refusal(PortalUser user) {
        if (!user.isActive()) {
            return "the user is deactivated";
        }
        if (user.getCompanyId() == null) {
            return "operators set their password with another operator or the bootstrap settings";
        }
        if (!policy.allowsPassword(UserService.toPrincipal(user))) {
            return "the company requires single sign-on for this user";
        }
        return null;
    }

    private void refuse(@Nullable CompanyId companyId, String email, String client, String action, String detail) {
        audit.record(new AuditEntry(companyId, email, action, detail, client));
    }

    /** Whether {@code token} is a link that can set a password now (for the page, before the person types one). */
    public boolean usable(String token) {
        return usableLink(token).isPresent();
    }

    /**
     * Sets the password of the link's user: the link must exist, be unused, unexpired, the user's newest, and its
     * user still active and allowed a password; the password must meet the policy (a refused one leaves the link
     * usable). Marks the link used, audits {@code user.password-set} and ends the user's signed-in sessions.
     */
    @Transactional
    public void complete(String token, String newPassword, @Nullable String remoteAddress) {
        PasswordLink link = usableLink(token).orElseThrow(PasswordLinkService::invalid);
        PortalUser user = users.findById(link.getUserId()).orElseThrow(PasswordLinkService::invalid);
        String refusal = refusal(user);
        if (refusal != null) {
            audit.record(new AuditEntry(UserService.companyOf(user), user.getEmail(), "user.password-link.refused",
                    "Password link of " + user.getEmail() + " not accepted: " + refusal, remoteAddress));
            throw invalid();
        }
        UserService.PasswordProblem problem = UserService.passwordProblem(newPassword);
        if (problem != null) {
            throw new PasswordLinkException(problem == UserService.PasswordProblem.TOO_SHORT
                    ? PasswordLinkException.Reason.PASSWORD_TOO_SHORT : PasswordLinkException.Reason.PASSWORD_TOO_LONG,
                    problem.message());
        }
        if (links.use(link.requireId(), clock.instant()) != 1) {
            throw invalid();
        }
        userService.setPassword(user, newPassword);
        CompanyId companyId = new CompanyId(Objects.requireNonNull(user.getCompanyId()));
        audit.record(new AuditEntry(companyId, user.getEmail(), "user.password-set",
                "Password of " + user.getEmail() + " set by a password link; their signed-in sessions end",
                remoteAddress));
        events.publishEvent(new PasswordSet(user.requireId(), companyId, user.getEmail()));
    }

    private Optional<PasswordLink> usableLink(String token) {
        if (token.length() != 43 || !token.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return links.findByTokenHash(Secrets.sha256(token)).filter(link -> link.usableAt(now));
    }

    private static PasswordLinkException invalid() {
        return new PasswordLinkException(PasswordLinkException.Reason.INVALID_LINK,
                "This link is invalid, used or expired; ask for a new one");
    }
}
