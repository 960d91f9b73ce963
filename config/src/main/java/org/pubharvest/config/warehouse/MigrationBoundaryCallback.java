package org.pubharvest.config.warehouse;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * A Flyway callback told of every statement boundary of every versioned migration: before its first
 * statement (0 done) and after each one, the last of which comes before the migration's history row.
 */
public abstract class MigrationBoundaryCallback implements Callback {

    private int statementsDone;

    /** {@code statementsDone} of migration {@code version}'s statements have run, on {@code context}'s connection. */
    protected abstract void atBoundary(String version, int statementsDone, Context context);

    @Override
    public final boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE_STATEMENT;
    }

    @Override
    public final boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public final void handle(Event event, Context context) {
        if (context.getMigrationInfo() == null || context.getMigrationInfo().getVersion() == null) {
            return;
        }
        statementsDone = event == Event.BEFORE_EACH_MIGRATE ? 0 : statementsDone + 1;
        atBoundary(context.getMigrationInfo().getVersion().getVersion(), statementsDone, context);
    }
}
