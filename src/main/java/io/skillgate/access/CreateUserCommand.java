package io.skillgate.access;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.skillgate.base.CompanyId;

/**
 * Create a portal user.
 *
 * @param companyId the user's company; {@code null} only for {@link SystemRole#OPERATOR}
 * @param password  the initial password, or {@code null} for a user who cannot sign in directly yet
 * @param active    whether the user may sign in at once (users created through the Users API start inactive)
 * @param profile   language, location, login mode and external data ({@link UserProfile#problems} are refused)
 */
public record CreateUserCommand(
        @Nullable CompanyId companyId,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotNull SystemRole role,
        @Nullable String password,
        boolean active,
        @NotNull UserProfile profile) {

    /** A user without profile ({@link UserProfile#NONE}). */
    public CreateUserCommand(@Nullable CompanyId companyId, String email, String firstName, String lastName,
                             SystemRole role, @Nullable String password, boolean active) {
        this(companyId, email, firstName, lastName, role, password, active, UserProfile.NONE);
    }
}
