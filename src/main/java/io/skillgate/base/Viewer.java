package io.skillgate.base;

import java.io.Serializable;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Whose company data a signed-in customer user may see, resolved fresh from the database for each use (so a change
 * of access groups applies at once). Services that list or open orders and packages take one and filter by it.
 *
 * @param companyId  the user's company; nothing of another company is ever visible
 * @param packageIds the public ids of the packages (and so their orders) the user may see; {@code null} for the
 *                   whole company (administrators, and recruiters when the company has not restricted anything)
 */
public record Viewer(CompanyId companyId, @Nullable Set<String> packageIds) implements Serializable {

    public Viewer {
        packageIds = packageIds == null ? null : Set.copyOf(packageIds);
    }

    public static Viewer wholeCompany(CompanyId companyId) {
        return new Viewer(companyId, null);
    }

    public boolean seesWholeCompany() {
        return packageIds == null;
    }

    /** Whether a package of {@code company} with this public id is visible. */
    public boolean sees(CompanyId company, String packageId) {
        return companyId.equals(company) && (packageIds == null || packageIds.contains(packageId));
    }
}
