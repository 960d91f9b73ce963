package org.pubharvest.load;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An insert of a row that another writer may be inserting at the same moment (an author two workers of a
 * distributed run meet at once): the loser's insert waits for the winner's commit, then fails on the unique
 * key, and the row is there. Inside a transaction the insert runs under a savepoint, since PostgreSQL
 * refuses every further statement of a transaction in which one failed; rolled back to it, the
 * transaction goes on.
 */
public final class InsertIfAbsent {

    private static final String SAVEPOINT = "insert_if_absent";

    private InsertIfAbsent() {
    }

    /** Whether this call inserted the row; false when the unique key says it is there already. */
    public static boolean insert(JdbcClient jdbc, String insert, Object... params) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            try {
                return jdbc.sql(insert).params(params).update() == 1;
            } catch (DuplicateKeyException alreadyThere) {
                return false;
            }
        }
        jdbc.sql("SAVEPOINT " + SAVEPOINT).update();
        try {
            int inserted = jdbc.sql(insert).params(params).update();
            jdbc.sql("RELEASE SAVEPOINT " + SAVEPOINT).update();
            return inserted == 1;
        } catch (DuplicateKeyException alreadyThere) {
            jdbc.sql("ROLLBACK TO SAVEPOINT " + SAVEPOINT).update();
            jdbc.sql("RELEASE SAVEPOINT " + SAVEPOINT).update();
            return false;
        }
    }
}
