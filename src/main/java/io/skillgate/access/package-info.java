/**
 * Portal users: system roles, activation, passwords, the sign-in principal, the bootstrap operator and the
 * dev demo users. The login, home and user views live in {@code access.ui}.
 */
@ApplicationModule(allowedDependencies = {"base", "company", "audit"})
@NullMarked
package io.skillgate.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
