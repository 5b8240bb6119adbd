package io.skillgate.access;

/** A portal user's system role. The Spring Security authority is {@code ROLE_} + the name. */
public enum SystemRole {
    /** Skillgate staff: the operator area, across all customer companies; belongs to no company. */
    OPERATOR,
    /** A customer company's administrator: users, packages, the SmartRecruiters connection. */
    ADMIN,
    /** A customer company's recruiter: orders and results of their access groups. */
    RECRUITER;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isCompanyRole() {
        return this != OPERATOR;
    }
}
