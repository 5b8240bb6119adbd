package io.skillgate.sso.internal;

import java.io.Serial;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The client address, plus what the answered sign-in request brought along (target, test). */
class SsoLoginDetails extends WebAuthenticationDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final @Nullable String targetPath;
    private final @Nullable String testRequestedBy;

    SsoLoginDetails(HttpServletRequest request, StoredAuthnRequests.@Nullable Started started) {
        super(request.getRemoteAddr(), null);
        this.targetPath = started == null ? null : started.targetPath();
        this.testRequestedBy = started == null ? null : started.testRequestedBy();
    }

    @Nullable String targetPath() {
        return targetPath;
    }

    @Nullable String testRequestedBy() {
        return testRequestedBy;
    }
}
