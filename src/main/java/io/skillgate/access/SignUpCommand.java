package io.skillgate.access;

/** Self-service sign-up: a new customer company and its first admin. */
public record SignUpCommand(String companyName, String email, String firstName, String lastName, String password) {

    @Override
    public String toString() {
        return "SignUpCommand[companyName=" + companyName + ", email=" + email + ", password=****]";
    }
}
