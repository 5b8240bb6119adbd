/**
 * A customer company's link to its SmartRecruiters company: the customer-level credential we generate for SR
 * (secret stored hashed), the access tokens SR obtains with it, and the connection's state.
 */
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "company", "audit"})
@NullMarked
package io.skillgate.connection;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
