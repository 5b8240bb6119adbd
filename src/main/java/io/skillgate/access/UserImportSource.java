package io.skillgate.access;

import java.util.List;

import io.skillgate.base.CompanyId;

/**
 * Another system a company's users can be imported from (SmartRecruiters, in the {@code smartrecruiters} module),
 * besides a CSV file. The source only reads and maps; the import page runs the lines through
 * {@link UserImportService} (preview, then apply), so the checks, idempotency, chunking and audit are the CSV
 * import's. Implementations are Spring beans; the import page offers one button per bean.
 */
public interface UserImportSource {

    /** The source's name as people know it ("SmartRecruiters"); not translated. */
    String name();

    /**
     * The company's users in the source, as import lines (numbered from 1 in the source's order).
     *
     * @throws Unavailable when the source cannot be read now; nothing was written
     */
    List<UserImportLine> lines(CompanyId companyId);

    /** The source cannot be read; {@link Reason} says why, in words people can act on. */
    class Unavailable extends RuntimeException {

        public enum Reason {
            /** The company has not connected the source. */
            NOT_CONNECTED,
            /** The source did not answer, or answered with a server error. */
            UNREACHABLE,
            /** The source refused our credential (401, 403). */
            REFUSED,
            /** The source said we called too often (429), also after retrying. */
            BUSY
        }

        private final Reason reason;

        public Unavailable(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}
