package org.pubharvest.config.warehouse;

import java.util.Optional;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.CoreConstants;
import org.slf4j.LoggerFactory;

/**
 * Logback's stack trace, except for a failure that is only the warehouse database gone away: the
 * libraries under a run (Spring Batch, the pool) each log that one with pages of frames that say
 * nothing a user can act on, so it is logged as one indented line with what the driver said. With
 * {@code --logging.level.org.pubharvest.config.warehouse=debug} the stacks come back.
 */
public class UnreachableWarehouseStackConverter extends ThrowableProxyConverter {

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy proxy = event.getThrowableProxy();
        if (proxy instanceof ThrowableProxy thrown && !LoggerFactory.getLogger(WarehouseTrouble.class).isDebugEnabled()) {
            Optional<String> reason = WarehouseTrouble.unreachable(thrown.getThrowable());
            if (reason.isPresent()) {
                return "    the warehouse database is unreachable: " + reason.get() + CoreConstants.LINE_SEPARATOR;
            }
        }
        return super.convert(event);
    }
}
