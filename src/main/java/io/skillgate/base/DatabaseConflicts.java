package io.skillgate.base;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Transactions the database aborted for a conflict, run again. InnoDB aborts the victim of a deadlock, and a Galera
 * cluster aborts a transaction at commit when another node committed a conflicting write first (certification);
 * both answer error 1213 / SQLSTATE 40001, which means "nothing of it was applied: try again". Only whole
 * transactions may be run again: call this outside the transaction (around a {@code TransactionTemplate} or a
 * {@code @Transactional} service call), never inside one.
 */
public final class DatabaseConflicts {

    /** Tries in all, the first included. */
    public static final int ATTEMPTS = 4;
    private static final int ER_LOCK_DEADLOCK = 1213;
    private static final Logger log = LoggerFactory.getLogger(DatabaseConflicts.class);

    private DatabaseConflicts() {
    }

    /** Runs the transaction, again after a short random pause when the database aborted it for a conflict. */
    public static <T> T retry(String what, Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                log.info("event=db.conflict-retry what={} attempt={} reason=\"{}\"", what, attempt,
                        rootMessage(e));
                pause(attempt);
            }
        }
    }

    /** Whether the database aborted the transaction for a deadlock or a certification conflict. */
    public static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PessimisticLockingFailureException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && (sql.getErrorCode() == ER_LOCK_DEADLOCK || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt + 6));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry a transaction", interrupted);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).replace('"', '\'');
    }
}
