package io.skillgate.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What SmartRecruiters' User carries besides name, role and SSO identifier; every part optional.
 *
 * @param externalData an opaque string of the customer's systems, kept as given
 * @param ssoLoginMode how the user signs in while the company's SSO is enabled; {@code null}: the company's rules
 * @param languageCode one of {@link #LANGUAGE_CODES}, exactly; {@code null}: none chosen ({@link #DEFAULT_LANGUAGE})
 */
public record UserProfile(@Nullable String externalData, @Nullable SsoLoginMode ssoLoginMode,
                          @Nullable String languageCode, @Nullable UserLocation location) {

    public static final UserProfile NONE = new UserProfile(null, null, null, null);
    /** The longest external data (the column's size). */
    public static final int MAX_EXTERNAL_DATA = 2000;
    /** What a user without a language is shown as (SmartRecruiters' User always has one). */
    public static final String DEFAULT_LANGUAGE = "en";
    /** SmartRecruiters' language codes (Users API v201804, {@code UserLanguageCode}), case as there. */
    public static final List<String> LANGUAGE_CODES = List.of("bg", "cs", "da", "de", "el", "en", "es", "es-MX",
            "fi", "fr", "fr-CA", "hr", "hu", "id", "it", "ja", "lt", "nl", "no", "pl", "pt", "pt-BR", "ro", "ru", "sk",
            "sl", "sr", "sv", "th", "tr", "uk", "vi", "zh-CN", "zh-TW", "ka");

    /** The part of a profile a {@link Problem} is about. */
    public enum Field { EXTERNAL_DATA, LANGUAGE_CODE, COUNTRY_CODE, CITY, REGION_CODE, ADDRESS, POSTAL_CODE }

    /** One invalid part, with a message that stands on its own. */
    public record Problem(Field field, String message) {
    }

    /** The language to show: the chosen one or {@link #DEFAULT_LANGUAGE}. */
    public String language() {
        return languageCode == null ? DEFAULT_LANGUAGE : languageCode;
    }

    /**
     * For the audit: {@code "; changed …"} naming the parts that differ from {@code before} (login mode and language
     * with their new value; never the external data or the location themselves), or {@code ""}.
     */
    public String changesFrom(UserProfile before) {
        List<String> changes = new ArrayList<>();
        if (before.ssoLoginMode() != ssoLoginMode) {
            changes.add("login mode " + (ssoLoginMode == null ? "the company's" : ssoLoginMode));
        }
        if (!Objects.equals(before.languageCode(), languageCode)) {
            changes.add("language " + language());
        }
        if (!Objects.equals(before.location(), location)) {
            changes.add("location");
        }
        if (!Objects.equals(before.externalData(), externalData)) {
            changes.add("external data");
        }
        return changes.isEmpty() ? "" : "; changed " + String.join(", ", changes);
    }

    /**
     * The profile as it is stored: the location's parts stripped, blank optional parts dropped, a country code of two
     * ASCII letters in upper case. External data and the language code are kept exactly.
     */
    public UserProfile normalized() {
        if (location == null) {
            return this;
        }
        String country = location.countryCode().strip();
        if (country.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
            country = country.toUpperCase(Locale.ROOT);
        }
        return new UserProfile(externalData, ssoLoginMode, languageCode, new UserLocation(country,
                location.city().strip(), optional(location.regionCode()), optional(location.address()),
                optional(location.postalCode())));
    }

    /** Every problem of this profile (call on a {@link #normalized} one); empty when it may be stored. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (externalData != null && externalData.length() > MAX_EXTERNAL_DATA) {
            problems.add(new Problem(Field.EXTERNAL_DATA,
                    "External data has at most " + MAX_EXTERNAL_DATA + " characters"));
        }
        if (languageCode != null && !LANGUAGE_CODES.contains(languageCode)) {
            problems.add(new Problem(Field.LANGUAGE_CODE,
                    "The language code is one of " + String.join(", ", LANGUAGE_CODES)));
        }
        if (location != null) {
            if (!location.countryCode().matches("[A-Z]{2}")) {
                problems.add(new Problem(Field.COUNTRY_CODE,
                        "The country code is required: two letters (ISO 3166-1 alpha-2), e.g. US"));
            }
            if (location.city().isEmpty() || unfit(location.city(), UserLocation.MAX_CITY)) {
                problems.add(new Problem(Field.CITY, "The city is required: 1 to " + UserLocation.MAX_CITY
                        + " characters without control characters"));
            }
            part(location.regionCode(), UserLocation.MAX_REGION_CODE, Field.REGION_CODE, "The region code",
                    problems);
            part(location.address(), UserLocation.MAX_ADDRESS, Field.ADDRESS, "The address", problems);
            part(location.postalCode(), UserLocation.MAX_POSTAL_CODE, Field.POSTAL_CODE, "The postal code",
                    problems);
        }
        return problems;
    }

    private static void part(@Nullable String value, int max, Field field, String name, List<Problem> problems) {
        if (value != null && unfit(value, max)) {
            problems.add(new Problem(field, name + " has at most " + max + " characters without control characters"));
        }
    }

    private static boolean unfit(String value, int max) {
        return value.length() > max || value.chars().anyMatch(Character::isISOControl);
    }

    private static @Nullable String optional(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
