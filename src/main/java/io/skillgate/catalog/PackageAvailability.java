package io.skillgate.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where a package is offered, as SR's package-list query asks for it.
 *
 * @param countries ISO 3166-1 alpha-2 codes (kept upper case and sorted); empty means everywhere
 * @param remote    whether the package is offered for remote jobs (on-site jobs may always use it)
 * @param fields    values for the custom fields we announce to SR, by field id (e.g. {@code language=en}); a field
 *                  without a value does not restrict the package
 */
public record PackageAvailability(
        @NotNull @Size(max = 250) Set<@Pattern(regexp = "^[A-Z]{2}$", message = "must be two letters") String> countries,
        boolean remote,
        @NotNull @Size(max = 5) Map<@Pattern(regexp = FIELD_ID) String, @NotBlank @Size(max = 200) String> fields) {

    /** What a custom field id looks like (the same rule as for the fields we announce to SR). */
    public static final String FIELD_ID = "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$";

    /** Offered everywhere, for remote jobs too, whatever the custom fields say. */
    public static final PackageAvailability EVERYWHERE = new PackageAvailability(Set.of(), true, Map.of());

    public PackageAvailability {
        TreeSet<String> codes = new TreeSet<>();
        for (String country : countries) {
            if (country == null) {
                throw new IllegalArgumentException("countries: may not hold null");
            }
            codes.add(country.strip().toUpperCase(Locale.ROOT));
        }
        countries = Collections.unmodifiableSortedSet(codes);
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((id, value) -> {
            if (id == null || value == null) {
                throw new IllegalArgumentException("fields: may not hold null");
            }
            values.put(id, value.strip());
        });
        fields = Collections.unmodifiableMap(values);
    }

    /** The codes in {@link #countries} that ISO 3166-1 does not know (two letters are not enough). */
    public Set<String> unknownCountries() {
        Set<String> known = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
        TreeSet<String> unknown = new TreeSet<>(countries);
        unknown.removeAll(known);
        return unknown;
    }
}
