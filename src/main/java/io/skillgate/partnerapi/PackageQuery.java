package io.skillgate.partnerapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;

import io.skillgate.catalog.PackageFilter;
import io.skillgate.partnerapi.v1.ErrorResponse;

/**
 * The query of SR's package-list call: the job's location ({@code country-code}, {@code region-abbr}, {@code city},
 * {@code address}, {@code postal-code}), {@code remote}, and the values of the custom fields we announce, by id.
 * Unknown parameters are ignored and a blank value counts as not given; a malformed value (a country code that is not
 * two letters, {@code remote} neither true nor false, an over-long value, control characters, a parameter given
 * twice) is a 400 naming every bad parameter. Packages are restricted by country, remote and fields only; the finer
 * location parameters are checked for shape and otherwise not used.
 */
final class PackageQuery {

    static final String COUNTRY = "country-code";
    static final String REMOTE = "remote";
    /** the location parameters and the longest value each may have */
    private static final List<Map.Entry<String, Integer>> LOCATION = List.of(Map.entry("region-abbr", 64),
            Map.entry("city", 200), Map.entry("address", 500), Map.entry("postal-code", 32));
    private static final int MAX_FIELD_VALUE = 200;
    private static final Pattern TWO_LETTERS = Pattern.compile("^[A-Za-z]{2}$");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private PackageQuery() {
    }

    /** @param fieldIds the ids of the custom fields we announce to SR */
    static PackageFilter parse(MultiValueMap<String, String> query, List<String> fieldIds) {
        List<ErrorResponse.Error> errors = new ArrayList<>();
        String country = single(query, COUNTRY, 64, errors);
        if (country != null && !TWO_LETTERS.matcher(country).matches()) {
            errors.add(invalid(COUNTRY + " must be a two-letter ISO 3166-1 country code"));
            country = null;
        }
        String remote = single(query, REMOTE, 5, errors);
        if (remote != null && !remote.equalsIgnoreCase("true") && !remote.equalsIgnoreCase("false")) {
            errors.add(invalid(REMOTE + " must be true or false"));
        }
        LOCATION.forEach(parameter -> single(query, parameter.getKey(), parameter.getValue(), errors));
        Map<String, String> fields = new LinkedHashMap<>();
        for (String id : fieldIds) {
            String value = single(query, id, MAX_FIELD_VALUE, errors);
            if (value != null) {
                fields.put(id, value);
            }
        }
        if (!errors.isEmpty()) {
            throw new PartnerApiException(HttpStatus.BAD_REQUEST, errors);
        }
        return new PackageFilter(country, "true".equalsIgnoreCase(remote), fields);
    }

    /** The parameter's stripped value, or {@code null} when absent or blank; adds an error when it is malformed. */
    private static @Nullable String single(MultiValueMap<String, String> query, String name, int maxLength,
                                           List<ErrorResponse.Error> errors) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            errors.add(invalid(name + " may be given once"));
            return null;
        }
        String value = values.get(0) == null ? "" : values.get(0).strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > maxLength) {
            errors.add(invalid(name + " may have at most " + maxLength + " characters"));
            return null;
        }
        if (CONTROL.matcher(value).find()) {
            errors.add(invalid(name + " may not hold control characters"));
            return null;
        }
        return value;
    }

    private static ErrorResponse.Error invalid(String message) {
        return new ErrorResponse.Error("INVALID_PARAMETER", message);
    }
}
