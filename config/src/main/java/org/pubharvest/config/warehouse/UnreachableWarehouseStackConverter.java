package org.pubharvest.config.warehouse;

import java.util.Arrays;
import java.util.Optional;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.CoreConstants;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Logback's stack trace, except for a failure that is only the warehouse database gone away, or an H2
 * file or the page archive's WARC file that could not be written: the libraries under a run (Spring Batch, the pool) each log that one
 * with pages of frames that say nothing a user can act on, so it is logged as one indented line with
 * what the driver or the operating system said. With
 * {@code --logging.level.org.pubharvest.config.warehouse=debug} the stacks come back.
 */
public class UnreachableWarehouseStackConverter extends ThrowableProxyConverter {

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy proxy = event.getThrowableProxy();
        if (proxy instanceof ThrowableProxy thrown && !LoggerFactory.getLogger(WarehouseTrouble.class).isDebugEnabled()) {
            Optional<String> unwritable = WarehouseTrouble.unwritable(thrown.getThrowable());
            if (unwritable.isPresent()) {
                return "    the warehouse file could not be written: " + unwritable.get() + CoreConstants.LINE_SEPARATOR;
            }
            Optional<String> archiveUnwritable = WarehouseTrouble.archiveUnwritable(thrown.getThrowable());
            if (archiveUnwritable.isPresent()) {
                return "    the page archive could not be written: " + archiveUnwritable.get() + CoreConstants.LINE_SEPARATOR;
            }
            if (isStaleJobRepository(thrown.getThrowable())) {
                // After H2 closed a database it could not write, the file is opened again as it was last
                // written: Spring Batch then finds its step's version behind. The run is recovered at the next start.
                return "    the job repository is behind this run (the warehouse lost its last writes): "
                        + thrown.getThrowable().getMessage() + CoreConstants.LINE_SEPARATOR;
            }
            Optional<String> reason = WarehouseTrouble.unreachable(thrown.getThrowable());
            if (reason.isPresent()) {
                return "    the warehouse database is unreachable: " + reason.get() + CoreConstants.LINE_SEPARATOR;
            }
        }
        return super.convert(event);
    }

    private static boolean isStaleJobRepository(Throwable failure) {
        return failure instanceof OptimisticLockingFailureException
                && Arrays.stream(failure.getStackTrace()).anyMatch(frame -> frame.getClassName().startsWith(
                        "org.springframework.batch.core.repository.dao."));
    }
}
