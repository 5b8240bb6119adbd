package io.skillgate.security;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import io.skillgate.access.PasswordSet;
import io.skillgate.access.UserDeactivated;
import io.skillgate.access.UserService;
import io.skillgate.base.NodeTimer;

/**
 * The signed-in UI sessions on this node, by user, so a deactivation ends them. Three ways, from fastest:
 * <ul>
 *   <li>deactivated on this node: the user's sessions here are invalidated as soon as the change commits;</li>
 *   <li>any signed-in request, on any node: {@link ActiveUserFilter} finds the user inactive and ends the session;</li>
 *   <li>a page left open on another node (Vaadin Push keeps it alive without requests): every {@link #SWEEP} this
 *       node asks MariaDB which of its signed-in users are no longer active and ends their sessions.</li>
 * </ul>
 * Invalidating the HTTP session destroys the Vaadin session with its UIs; the browser lands on the login page.
 */
@Component
class SignedInSessions implements HttpSessionListener {

    static final Duration SWEEP = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

    private final UserService users;
    /** user id → that user's sessions on this node */
    private final Map<Long, Set<HttpSession>> sessions = new ConcurrentHashMap<>();

    SignedInSessions(UserService users) {
        this.users = users;
    }

    /** Remembers the session of a signed-in request (cheap when already known). */
    void remember(long userId, HttpSession session) {
        sessions.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession destroyed = event.getSession();
        sessions.values().forEach(set -> set.remove(destroyed));
        sessions.values().removeIf(Set::isEmpty);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(UserDeactivated deactivated) {
        end(deactivated.userId(), "deactivated by " + deactivated.actor());
    }

    /** A password set by a link ends the user's sessions on this node (one on another node goes on until it ends). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PasswordSet passwordSet) {
        end(passwordSet.userId(), "password set by a password link");
    }

    /** The sweep, every {@link #SWEEP} on this node. */
    @Bean
    static NodeTimer signedInSessionsSweep(SignedInSessions sessions) {
        return new NodeTimer("signed-in-sessions", SWEEP, SWEEP, sessions::sweep);
    }

    /** Ends the sessions here of users that another node (or the database) says are no longer active. */
    void sweep() {
        users.notActiveAmong(Set.copyOf(sessions.keySet())).forEach(userId -> end(userId, "no longer active"));
    }

    private void end(long userId, String why) {
        Set<HttpSession> ended = sessions.remove(userId);
        if (ended == null) {
            return;
        }
        ended.forEach(session -> {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile
            }
        });
        log.info("event=session.ended userId={} sessions={} reason=\"{}\"", userId, ended.size(), why);
    }
}
