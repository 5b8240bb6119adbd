package io.skillgate.base;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Work for when the current transaction has ended (or has committed), or at once when there is none. */
public final class AfterTransaction {

    private AfterTransaction() {
    }

    /** Runs {@code work} after the current transaction completes; without a transaction, now. */
    public static void run(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }

    /** Runs {@code work} once the current transaction commits, never after a rollback; without a transaction, now. */
    public static void commit(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }
}
