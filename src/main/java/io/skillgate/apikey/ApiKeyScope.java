package io.skillgate.apikey;

import java.util.Arrays;
import java.util.Optional;

/** What an API key may do; {@link #code()} is the name callers and the database see. */
public enum ApiKeyScope {
    USERS_READ("users_read"),
    USERS_MANAGE("users_manage"),
    ORDERS_READ("orders_read"),
    PACKAGES_READ("packages_read"),
    AUDIT_READ("audit_read"),
    SCIM("scim");

    private final String code;

    ApiKeyScope(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ApiKeyScope> fromCode(String code) {
        return Arrays.stream(values()).filter(scope -> scope.code.equals(code)).findFirst();
    }
}
