package io.skillgate.access.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import io.skillgate.access.ChangeUserCommand;
import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.access.SsoLoginMode;
import io.skillgate.access.UserAdminService;
import io.skillgate.access.UserException;
import io.skillgate.access.UserLocation;
import io.skillgate.access.UserProfile;
import io.skillgate.access.UserSummary;

/**
 * Names, role, SSO identifier and profile (language, login mode, location, external data) of one user, saved at once
 * through the service; a refused profile part is shown at its field.
 */
final class EditUserDialog extends UserDialog {

    private final UserAdminService admins;
    private final PortalUserPrincipal admin;
    private final long userId;
    private final ComboBox<String> language = new ComboBox<>(getTranslation("access.users.field.language"));
    private final Select<SsoLoginMode> loginMode = new Select<>();
    private final TextField country = field("access.users.field.country", "user-country");
    private final TextField city = field("access.users.field.city", "user-city");
    private final TextField region = field("access.users.field.region", "user-region");
    private final TextField postalCode = field("access.users.field.postal-code", "user-postal-code");
    private final TextField address = field("access.users.field.address", "user-address");
    private final TextArea externalData = new TextArea(getTranslation("access.users.field.external-data"));

    EditUserDialog(UserAdminService admins, PortalUserPrincipal admin, UserSummary user,
                   Runnable saved) {
        super("user-edit-dialog", saved);
        this.admins = admins;
        this.admin = admin;
        this.userId = user.id();
        setHeaderTitle(getTranslation("access.users.edit.title", user.email()));
        firstName.setValue(user.firstName());
        lastName.setValue(user.lastName());
        role.setValue(user.role());
        ssoIdentifier.setValue(user.ssoIdentifier() == null ? "" : user.ssoIdentifier());
        ssoIdentifier.setPlaceholder(user.email());
        UserProfile profile = user.profile();
        language.setId("user-language");
        language.setItems(UserProfile.LANGUAGE_CODES);
        language.setItemLabelGenerator(code -> code + " · " + Locale.forLanguageTag(code).getDisplayName(getLocale()));
        language.setPlaceholder(getTranslation("access.users.field.language.none"));
        language.setClearButtonVisible(true);
        language.setValue(profile.languageCode());
        loginMode.setId("user-login-mode");
        loginMode.setLabel(getTranslation("access.users.field.login-mode"));
        loginMode.setHelperText(getTranslation("access.users.field.login-mode.help"));
        loginMode.setItems(SsoLoginMode.values());
        loginMode.setEmptySelectionAllowed(true);
        loginMode.setEmptySelectionCaption(getTranslation("access.users.field.login-mode.default"));
        loginMode.setItemLabelGenerator(mode -> mode == null ? getTranslation("access.users.field.login-mode.default")
                : getTranslation("access.users.field.login-mode." + mode.name().toLowerCase(Locale.ROOT)));
        loginMode.setValue(profile.ssoLoginMode());
        UserLocation location = profile.location();
        if (location != null) {
            country.setValue(location.countryCode());
            city.setValue(location.city());
            region.setValue(text(location.regionCode()));
            postalCode.setValue(text(location.postalCode()));
            address.setValue(text(location.address()));
        }
        externalData.setId("user-external-data");
        externalData.setValue(text(profile.externalData()));
        H4 where = new H4(getTranslation("access.users.field.location"));
        form.add(language, loginMode, where, country, city, region, postalCode, address, externalData);
        form.setColspan(where, 2);
        form.setColspan(address, 2);
        form.setColspan(externalData, 2);
    }

    @Override
    protected UserSummary save() {
        return admins.change(admin, userId, new ChangeUserCommand(firstName.getValue(), lastName.getValue(),
                role.getValue(), orNull(ssoIdentifier.getValue()), profile()));
    }

    @Override
    protected String savedMessageKey() {
        return "access.users.saved";
    }

    /** The profile as entered: no location when all its parts are empty. */
    private UserProfile profile() {
        boolean noLocation = country.isEmpty() && city.isEmpty() && region.isEmpty() && postalCode.isEmpty()
                && address.isEmpty();
        return new UserProfile(orNull(externalData.getValue()), loginMode.getValue(), language.getValue(),
                noLocation ? null : new UserLocation(country.getValue(), city.getValue(), region.getValue(),
                        address.getValue(), postalCode.getValue()));
    }

    /** A refused profile: each of its problems at its field (the service names only the first). */
    @Override
    protected Map<HasValidation, String> atFields(UserException refused) {
        Map<HasValidation, String> fields = new LinkedHashMap<>();
        List<UserProfile.Problem> problems = profile().normalized().problems();
        if (problems.stream().anyMatch(problem -> problem.message().equals(refused.getMessage()))) {
            problems.forEach(problem -> fields.put(switch (problem.field()) {
                case EXTERNAL_DATA -> externalData;
                case LANGUAGE_CODE -> language;
                case COUNTRY_CODE -> country;
                case CITY -> city;
                case REGION_CODE -> region;
                case ADDRESS -> address;
                case POSTAL_CODE -> postalCode;
            }, problem.message()));
        }
        return fields.isEmpty() ? super.atFields(refused) : fields;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
