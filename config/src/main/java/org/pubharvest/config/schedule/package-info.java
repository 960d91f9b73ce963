/** The nightly harvest on a cron schedule, for {@code serve}: never two runs at once, a failed run restarted. */
package org.pubharvest.config.schedule;
