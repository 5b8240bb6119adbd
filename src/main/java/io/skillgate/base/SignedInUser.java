package io.skillgate.base;

import org.jspecify.annotations.Nullable;

/**
 * What any view may know about the person signed in, whatever way they signed in. Implemented by the
 * security principal of the {@code access} module.
 */
public interface SignedInUser {

    String email();

    String displayName();

    /** The customer company the user belongs to; {@code null} for Skillgate's own operators. */
    @Nullable CompanyId companyId();

    /** Whether the user administers their company (may connect it to SmartRecruiters, manage users…). */
    boolean companyAdmin();

    /** Whether the user audits their company: reads what its administrators read, changes nothing. */
    default boolean companyAuditor() {
        return false;
    }

    /** Whether the user is one of Skillgate's own operators (no company; sees platform-wide data). */
    default boolean operator() {
        return false;
    }
}
