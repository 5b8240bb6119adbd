/** The append-only audit log: who did what, when, in which company. Any module may write to it. */
@ApplicationModule(allowedDependencies = {"base"})
@NullMarked
package io.skillgate.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
