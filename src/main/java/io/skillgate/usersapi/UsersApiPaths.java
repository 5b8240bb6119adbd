package io.skillgate.usersapi;

/** Where the Users API lives. */
final class UsersApiPaths {

    static final String BASE = "/api/users/v201804";

    private UsersApiPaths() {
    }
}
