package org.pubharvest.config.warehouse;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.api.callback.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For crash tests only: stops the start-up at one statement boundary of one migration and waits there
 * to be killed, so a test can SIGKILL the real process exactly between two statements (or between a
 * migration's last statement and its history row). Set with
 * {@code --pubharvest.testing.pause-in-migration=<version>:<statements done>}, e.g. {@code 5:0} before
 * V5's first statement, {@code 5:3} after its third. Without the property no callback is registered.
 */
public class MigrationPausePoint extends MigrationBoundaryCallback {

    static final String PROPERTY = "pubharvest.testing.pause-in-migration";
    private static final Pattern POINT = Pattern.compile("(\\d+):(\\d+)");
    private static final Logger log = LoggerFactory.getLogger(MigrationPausePoint.class);

    private final String version;
    private final int statementsDone;

    public MigrationPausePoint(String point) {
        Matcher matcher = POINT.matcher(Objects.requireNonNull(point, "point").strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(PROPERTY + " must be <version>:<statements done>, not '" + point + "'");
        }
        this.version = matcher.group(1);
        this.statementsDone = Integer.parseInt(matcher.group(2));
    }

    @Override
    protected void atBoundary(String migrationVersion, int done, Context context) {
        if (version.equals(migrationVersion) && done == statementsDone) {
            waitToBeKilled();
        }
    }

    @Override
    public String getCallbackName() {
        return "pause-in-migration";
    }

    private void waitToBeKilled() {
        log.warn("paused in migration V{} after {} statements, waiting to be killed", version, statementsDone);
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while paused in a migration for a crash test", e);
            }
        }
    }
}
