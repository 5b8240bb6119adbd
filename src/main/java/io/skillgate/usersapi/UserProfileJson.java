package io.skillgate.usersapi;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.skillgate.access.SsoLoginMode;
import io.skillgate.access.UserLocation;
import io.skillgate.access.UserProfile;
import io.skillgate.usersapi.v201804.ErrorResponse;
import io.skillgate.usersapi.v201804.Language;
import io.skillgate.usersapi.v201804.Location;

/** A user's {@code externalData}, {@code ssoLoginMode}, {@code language} and {@code location} in the Users API. */
final class UserProfileJson {

    private UserProfileJson() {
    }

    /** Always a language: SmartRecruiters' User requires one ({@code en} when none was chosen). */
    static Language language(UserProfile profile) {
        return new Language(profile.language());
    }

    static @Nullable Location location(UserProfile profile) {
        UserLocation location = profile.location();
        return location == null ? null : new Location(location.countryCode(), location.city(), location.regionCode(),
                location.address(), location.postalCode());
    }

    static @Nullable String ssoLoginMode(UserProfile profile) {
        return profile.ssoLoginMode() == null ? null : profile.ssoLoginMode().name();
    }

    /**
     * The profile a request gives (a new user, or a user as a patch leaves it), normalized as {@code access} stores
     * it. Each problem is added to {@code errors} with its data path; the profile is meant only when none was added.
     */
    static UserProfile read(@Nullable String externalData, @Nullable String ssoLoginMode, @Nullable Language language,
                            @Nullable Location location, List<ErrorResponse.Error> errors) {
        SsoLoginMode mode = ssoLoginMode == null ? null : Arrays.stream(SsoLoginMode.values())
                .filter(candidate -> candidate.name().equals(ssoLoginMode)).findFirst().orElse(null);
        if (ssoLoginMode != null && mode == null) {
            errors.add(ErrorResponse.Error.field("/ssoLoginMode", "SSO, PASSWORD or null"));
        }
        if (language != null && language.code() == null) {
            errors.add(ErrorResponse.Error.field("/language/code", "Required with a language: one of "
                    + String.join(", ", UserProfile.LANGUAGE_CODES)));
        }
        UserLocation where = location == null ? null : new UserLocation(
                Objects.requireNonNullElse(location.countryCode(), ""), Objects.requireNonNullElse(location.city(), ""),
                location.regionCode(), location.address(), location.postalCode());
        UserProfile profile = new UserProfile(externalData, mode, language == null ? null : language.code(), where)
                .normalized();
        profile.problems().forEach(problem -> errors.add(ErrorResponse.Error.field(path(problem.field()),
                problem.message())));
        return profile;
    }

    private static String path(UserProfile.Field field) {
        return switch (field) {
            case EXTERNAL_DATA -> "/externalData";
            case LANGUAGE_CODE -> "/language/code";
            case COUNTRY_CODE -> "/location/countryCode";
            case CITY -> "/location/city";
            case REGION_CODE -> "/location/regionCode";
            case ADDRESS -> "/location/address";
            case POSTAL_CODE -> "/location/postalCode";
        };
    }
}
