/**
 * Shared kernel: the entity base class, value types, clock, portal-wide settings, request logging and the
 * layouts every view uses ({@code base.ui}). Depends on nothing of ours.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package io.skillgate.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
