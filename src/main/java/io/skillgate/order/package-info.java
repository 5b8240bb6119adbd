/**
 * Orders SmartRecruiters placed: regular (candidate invited by e-mail, a later issue) and inline (the
 * candidate's assessment URL answered at once). Idempotent on SR's result callback URL. Publishes
 * {@link io.skillgate.order.OrderPlaced}.
 */
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "company", "catalog", "connection", "audit"})
@NullMarked
package io.skillgate.order;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
