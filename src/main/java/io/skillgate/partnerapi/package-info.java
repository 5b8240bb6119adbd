/**
 * The inbound REST contract SmartRecruiters calls (see ../shared/smartrecruiters-api/CONTRACT.md §2), under
 * {@code /api/sr/v1}. Contract records live in {@code partnerapi.v1}; controllers are package-private; errors
 * come in SR's shape ({@link io.skillgate.partnerapi.v1.ErrorResponse}), RFC 6749 at the token endpoint.
 * Nothing depends on this module. It reads {@code smartrecruiters}' properties for the ids of the custom fields we
 * announce there, which SR passes back as query parameters of the package list.
 */
@ApplicationModule(allowedDependencies = {"base", "catalog", "connection", "order", "smartrecruiters"})
@NullMarked
package io.skillgate.partnerapi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
