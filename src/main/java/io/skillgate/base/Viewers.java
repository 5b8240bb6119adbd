package io.skillgate.base;

import java.util.Optional;

/**
 * The {@link Viewer} of the user signed in to the current request or UI (implemented by the {@code access} module,
 * which knows users and their access groups). Empty for operators and anonymous visitors.
 */
public interface Viewers {

    Optional<Viewer> current();

    /**
     * The viewer of the company's active portal user with this e-mail (any case), e.g. the recruiter SR names as the
     * requester of a package list; empty when the company has no such user. May be up to a few seconds old.
     */
    Optional<Viewer> forUser(CompanyId companyId, String email);

    /** The current viewer; fails with {@link org.springframework.security.access.AccessDeniedException} if none. */
    default Viewer require() {
        return current().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                "only a signed-in customer user sees company data"));
    }
}
