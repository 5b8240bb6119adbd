/** Customer companies (tenants) and their settings. */
@ApplicationModule(allowedDependencies = {"base", "audit"})
@NullMarked
package io.skillgate.company;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
