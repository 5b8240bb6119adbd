package io.skillgate.access;

/**
 * Whether a user may sign in with a password at all. {@code access} cannot ask the SSO settings itself ({@code sso}
 * depends on {@code access}), so {@code sso} implements this; {@link PasswordLinkService} sends no link to a user it
 * refuses (their company requires single sign-on for them).
 */
public interface PasswordSignInPolicy {

    boolean allowsPassword(PortalUserPrincipal user);
}
