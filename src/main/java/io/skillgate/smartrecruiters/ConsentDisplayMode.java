package io.skillgate.smartrecruiters;

/** How SR shows our consent page: in its own window (redirect and back) or in a pop-up SR closes. */
public enum ConsentDisplayMode {
    REDIRECT,
    POPUP
}
