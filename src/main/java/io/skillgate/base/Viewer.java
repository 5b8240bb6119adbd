package io.skillgate.base;

import java.io.Serializable;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Whose company data a signed-in customer user may see, resolved fresh from the database for each use (so a change
 * of access groups applies at once). Services that list or open orders and packages take one and filter by it.
 *
 * @param companyId  the user's company; nothing of another company is ever visible
 * @param packageIds the public ids of the packages (and so their orders) the user may see; {@code null} for the
 *                   whole company (administrators, auditors, and recruiters when the company has not restricted
 *                   anything)
 * @param readOnly   the user may look but not act (an auditor): services refuse changes made for this viewer
 */
public record Viewer(CompanyId companyId, @Nullable Set<String> packageIds, boolean readOnly) implements Serializable {

    public Viewer {
        packageIds = packageIds == null ? null : Set.copyOf(packageIds);
    }

    public Viewer(CompanyId companyId, @Nullable Set<String> packageIds) {
        this(companyId, packageIds, false);
    }

    public static Viewer wholeCompany(CompanyId companyId) {
        return new Viewer(companyId, null);
    }

    /** An auditor's view: the whole company, read-only. */
    public static Viewer auditorOf(CompanyId companyId) {
        return new Viewer(companyId, null, true);
    }

    /** Throws when the viewer may not change anything. */
    public void requireMayAct() {
        if (readOnly) {
            throw new AccessDeniedException("read-only access: nothing may be changed");
        }
    }

    public boolean seesWholeCompany() {
        return packageIds == null;
    }

    /** Whether a package of {@code company} with this public id is visible. */
    public boolean sees(CompanyId company, String packageId) {
        return companyId.equals(company) && (packageIds == null || packageIds.contains(packageId));
    }
}
