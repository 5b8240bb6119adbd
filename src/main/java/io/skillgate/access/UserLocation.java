package io.skillgate.access;

import org.jspecify.annotations.Nullable;

/**
 * Where a user works (SmartRecruiters' {@code location}). Country and city are required; {@link UserProfile#normalized}
 * strips every part, drops blank optional parts and upper-cases the country.
 *
 * @param countryCode ISO 3166-1 alpha-2, two letters A–Z
 */
public record UserLocation(String countryCode, String city, @Nullable String regionCode, @Nullable String address,
                           @Nullable String postalCode) {

    /** The longest parts (the columns' sizes). */
    public static final int MAX_CITY = 200;
    public static final int MAX_REGION_CODE = 100;
    public static final int MAX_ADDRESS = 500;
    public static final int MAX_POSTAL_CODE = 40;
}
