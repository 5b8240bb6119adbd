package io.skillgate.access;

/**
 * How a user signs in while their company's single sign-on is enabled (SmartRecruiters' {@code ssoLoginMode}):
 * {@link #SSO} only through the company's IdP, {@link #PASSWORD} only with a password. Without it (or with the
 * company's SSO disabled) the company's rules alone apply.
 */
public enum SsoLoginMode {
    SSO, PASSWORD
}
