package io.skillgate.base;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Work for when the current transaction has ended (committed or not), or at once when there is none. */
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
}
