/**
 * Outbound: what we call on SmartRecruiters (tokens, partner configuration, integration, results, context reads),
 * with token caching, per-credential rate limits (the per-second one shared by all nodes through MariaDB),
 * retries and timeouts. The {@link io.skillgate.smartrecruiters.SmartRecruitersClient} interface and the records
 * here are the API; the RestClient implementation and SR's wire DTOs ({@code Sr…}) are in {@code internal}.
 * Reacts to {@link io.skillgate.order.OrderStatusChanged}: the result push goes to an outbox in the order's own
 * transaction and a db-scheduler job delivers it ({@link io.skillgate.smartrecruiters.ResultDeliveryService}).
 * Depends on {@code access} for one thing: it offers the company's SR users to the user import
 * ({@link io.skillgate.smartrecruiters.SmartRecruitersUserSource} implements {@code access.UserImportSource});
 * {@code access} knows nothing of SR, so there is no cycle.
 */
@ApplicationModule(allowedDependencies = {"base", "audit", "connection", "order", "access"})
@NullMarked
package io.skillgate.smartrecruiters;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
