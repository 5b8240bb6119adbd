/**
 * Assessment packages (of SmartRecruiters' six types) and the assessments they hold, per customer company.
 */
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "company", "audit"})
@NullMarked
package io.skillgate.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
