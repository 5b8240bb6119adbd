package io.skillgate.catalog;

/** A package's public id and name, active or archived: enough to name it in lists and choose it. */
public record PackageRef(String id, String name, boolean active) {
}
