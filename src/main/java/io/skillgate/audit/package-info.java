/**
 * The append-only audit log: who did what, when, in which company, from where. Any module may write to it; company
 * admins read their company's part and operators all of it ({@code audit/ui}).
 */
@ApplicationModule(allowedDependencies = {"base", "base :: ui"})
@NullMarked
package io.skillgate.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
