package io.skillgate.order;

/** How SR placed the order. */
public enum OrderKind {
    /** from a recruiter in SR; the candidate is invited by e-mail */
    REGULAR,
    /** during the candidate's application; SR sends the candidate to the URL we answer */
    INLINE
}
