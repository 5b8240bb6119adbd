package io.skillgate.connection;

import org.jspecify.annotations.Nullable;

/**
 * SR's visit to our consent URL, checked: the SR company id and, in REDIRECT mode, an allowed return address.
 *
 * @param redirect where to send the browser when done (REDIRECT mode); {@code null} in POPUP mode
 */
public record ConsentRequest(String srCompanyId, @Nullable String redirect, boolean popup) {
}
