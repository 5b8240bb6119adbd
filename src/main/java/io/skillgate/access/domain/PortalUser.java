package io.skillgate.access.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import io.skillgate.access.SsoLoginMode;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserLocation;
import io.skillgate.access.UserProfile;
import io.skillgate.base.AbstractEntity;

/**
 * A person who signs in to the portal. Customer users belong to exactly one company; operators to none
 * (the database enforces both with a check constraint).
 */
@Entity
@Table(name = "portal_users")
public class PortalUser extends AbstractEntity {

    @Column(name = "company_id")
    private @Nullable Long companyId;

    /** Lower-case, unique across the platform. */
    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    /** Hash in Spring Security's {id}hash format; {@code null} for users who may only sign in by SSO. */
    @Column(name = "password_hash", length = 200)
    private @Nullable String passwordHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "system_role", nullable = false, length = 20)
    private SystemRole systemRole;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private @Nullable Instant lastSignInAt;

    /** The last signed-in UI request, written at most every few minutes ({@code UserService.recordActivity}). */
    @Column(name = "last_activity_at")
    private @Nullable Instant lastActivityAt;

    /** The NameID this user's IdP sends, compared exactly; {@code null} means the e-mail address. */
    @Column(name = "sso_identifier", length = 255)
    private @Nullable String ssoIdentifier;

    /** When a password link last set the password; sessions signed in before it end ({@code null}: never). */
    @Column(name = "password_changed_at")
    private @Nullable Instant passwordChangedAt;

    /** The SCIM client's own id of this user (SCIM {@code externalId}), compared exactly; {@code null}: none. */
    @Column(name = "scim_external_id", length = 255)
    private @Nullable String scimExternalId;

    /** When name, role, SSO identifier, profile or activation last changed; set by the service with its clock. */
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    // the profile (UserProfile): SmartRecruiters' externalData, ssoLoginMode, language and location

    @Column(name = "external_data", length = UserProfile.MAX_EXTERNAL_DATA)
    private @Nullable String externalData;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "sso_login_mode", length = 10)
    private @Nullable SsoLoginMode ssoLoginMode;

    @Column(name = "language_code", length = 10)
    private @Nullable String languageCode;

    /** Set together with the city, or the location is absent (a check constraint says so too). */
    @Column(name = "location_country_code", length = 2)
    private @Nullable String countryCode;

    @Column(name = "location_city", length = UserLocation.MAX_CITY)
    private @Nullable String city;

    @Column(name = "location_region_code", length = UserLocation.MAX_REGION_CODE)
    private @Nullable String regionCode;

    @Column(name = "location_address", length = UserLocation.MAX_ADDRESS)
    private @Nullable String address;

    @Column(name = "location_postal_code", length = UserLocation.MAX_POSTAL_CODE)
    private @Nullable String postalCode;

    protected PortalUser() {
        this.email = "";
        this.firstName = "";
        this.lastName = "";
        this.systemRole = SystemRole.RECRUITER;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public PortalUser(@Nullable Long companyId, String email, String firstName, String lastName,
                      SystemRole systemRole, Instant createdAt) {
        this.companyId = companyId;
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.systemRole = systemRole;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public @Nullable Long getCompanyId() {
        return companyId;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setName(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
    }

    public void setSystemRole(SystemRole systemRole) {
        this.systemRole = systemRole;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Records a change made at {@code at}. */
    public void touch(Instant at) {
        this.updatedAt = at;
    }

    public String getDisplayName() {
        return (firstName + " " + lastName).strip();
    }

    public @Nullable String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(@Nullable String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** A new password replacing one the user may have signed in with: sessions signed in before {@code at} end. */
    public void changePassword(String passwordHash, Instant at) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = at;
    }

    public SystemRole getSystemRole() {
        return systemRole;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public void setLastSignInAt(Instant lastSignInAt) {
        this.lastSignInAt = lastSignInAt;
    }

    public @Nullable Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public @Nullable String getSsoIdentifier() {
        return ssoIdentifier;
    }

    public void setSsoIdentifier(@Nullable String ssoIdentifier) {
        this.ssoIdentifier = ssoIdentifier;
    }

    public @Nullable String getScimExternalId() {
        return scimExternalId;
    }

    public void setScimExternalId(@Nullable String scimExternalId) {
        this.scimExternalId = scimExternalId;
    }

    public UserProfile getProfile() {
        UserLocation location = countryCode == null || city == null ? null
                : new UserLocation(countryCode, city, regionCode, address, postalCode);
        return new UserProfile(externalData, ssoLoginMode, languageCode, location);
    }

    /** Stores the profile as given (the service normalizes and checks it first). */
    public void setProfile(UserProfile profile) {
        this.externalData = profile.externalData();
        this.ssoLoginMode = profile.ssoLoginMode();
        this.languageCode = profile.languageCode();
        UserLocation location = profile.location();
        this.countryCode = location == null ? null : location.countryCode();
        this.city = location == null ? null : location.city();
        this.regionCode = location == null ? null : location.regionCode();
        this.address = location == null ? null : location.address();
        this.postalCode = location == null ? null : location.postalCode();
    }

    /** What an SSO sign-in must present as NameID: the identifier, or the e-mail address when none is set. */
    public String effectiveSsoIdentifier() {
        return ssoIdentifier == null ? email : ssoIdentifier;
    }
}
