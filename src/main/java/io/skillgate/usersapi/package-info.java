/**
 * The inbound Users API under {@code /api/users/v201804}, shaped like SmartRecruiters' Users API v201804 (see
 * ../shared/smartrecruiters-api/CONTRACT.md §3): users, activation, system roles and access group membership of
 * the API key's company. {@code security} authenticates the key and checks its scope; every call here is scoped
 * to the key's company. Contract records live in {@code usersapi.v201804}; controllers are package-private;
 * errors come as {@code {message, errors:[{code|dataPath, message}]}}. Nothing depends on this module.
 */
@ApplicationModule(allowedDependencies = {"base", "access", "apikey", "audit"})
@NullMarked
package io.skillgate.usersapi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
