package io.skillgate.access;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A portal user's system role. The Spring Security authority is {@code ROLE_} + the name. */
public enum SystemRole {
    /** Skillgate staff: the operator area, across all customer companies; belongs to no company. */
    OPERATOR,
    /** A customer company's administrator: users, packages, the SmartRecruiters connection. */
    ADMIN,
    /** A customer company's recruiter: orders and results of their access groups. */
    RECRUITER,
    /**
     * A customer company's auditor: reads what the company's administrators read of orders, results, the dashboard
     * and the audit log, and changes nothing.
     */
    AUDITOR;

    /** The roles a customer company's users may have, in the order screens and APIs list them. */
    public static final List<SystemRole> COMPANY_ROLES = List.of(ADMIN, RECRUITER, AUDITOR);

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isCompanyRole() {
        return this != OPERATOR;
    }

    /** A company role by its exact name ({@code ADMIN}, {@code RECRUITER}, {@code AUDITOR}); empty otherwise. */
    public static Optional<SystemRole> companyRole(String name) {
        return COMPANY_ROLES.stream().filter(role -> role.name().equals(name)).findFirst();
    }

    /** "ADMIN, RECRUITER, AUDITOR": for messages that list the accepted values. */
    public static String companyRoleNames() {
        return COMPANY_ROLES.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
