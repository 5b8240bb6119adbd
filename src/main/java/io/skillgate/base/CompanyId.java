package io.skillgate.base;

/** The id of a customer company (tenant); every tenant-owned read and write takes one explicitly. */
public record CompanyId(long value) implements java.io.Serializable {

    public CompanyId {
        if (value <= 0) {
            throw new IllegalArgumentException("company id must be positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
