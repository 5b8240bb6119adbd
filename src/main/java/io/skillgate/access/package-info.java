/**
 * Portal users: system roles, activation, passwords, the sign-in principal, the bootstrap operator and the
 * dev demo users. The home and user views live in {@code access.ui}; the login view in {@code security.ui}.
 */
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "company", "audit", "catalog"})
@NullMarked
package io.skillgate.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
