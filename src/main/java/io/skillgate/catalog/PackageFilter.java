package io.skillgate.catalog;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What SR's package-list request says about the job, already checked for shape by the inbound adapter.
 *
 * @param countryCode the job's country (ISO 3166-1 alpha-2, any case), or {@code null} when not given
 * @param remoteJob   {@code true} when the job is remote: only packages offered for remote jobs qualify
 * @param fields      values of our custom fields, by field id; only fields the request names are compared
 */
public record PackageFilter(@Nullable String countryCode, boolean remoteJob, Map<String, String> fields) {

    /** No restriction: every active package. */
    public static final PackageFilter NONE = new PackageFilter(null, false, Map.of());

    public PackageFilter {
        countryCode = countryCode == null ? null : countryCode.strip().toUpperCase(Locale.ROOT);
        fields = Map.copyOf(fields);
    }

    /**
     * Whether the package may be offered for such a job: it is offered in the country (or everywhere), for remote
     * jobs if the job is remote, and each named field either has no value on the package or the same value
     * (compared without regard to case or surrounding blanks).
     */
    public boolean admits(PackageDetails details) {
        PackageAvailability availability = details.availability();
        if (countryCode != null && !availability.countries().isEmpty()
                && !availability.countries().contains(countryCode)) {
            return false;
        }
        if (remoteJob && !availability.remote()) {
            return false;
        }
        for (Map.Entry<String, String> wanted : fields.entrySet()) {
            String own = availability.fields().get(wanted.getKey());
            if (own != null && !own.equalsIgnoreCase(wanted.getValue().strip())) {
                return false;
            }
        }
        return true;
    }
}
