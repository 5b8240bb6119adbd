package io.skillgate.catalog;

/**
 * One of a company's packages for its admins' editor, answer keys included: never for candidates or SR.
 *
 * @param id     the public id
 * @param active false once archived (then SR neither lists nor orders it)
 */
public record EditablePackage(String id, boolean active, PackageDraft draft) {
}
