package io.skillgate.usersapi;

/**
 * Marks the Users API's controllers, so {@link UsersApiExceptionHandler} answers their errors in the API's shape
 * (SCIM's controllers, in {@code usersapi.scim}, answer in their own). {@code ArchitectureTest} checks that every
 * controller of this package carries it.
 */
interface UsersApiController {
}
