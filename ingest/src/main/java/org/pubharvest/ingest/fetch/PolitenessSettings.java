package org.pubharvest.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How gently to treat each host.
 *
 * @param minDelay              between the end of one request to a host and the start of the next
 * @param maxConcurrencyPerHost requests to one host at the same time
 * @param obeyRobots            whether robots.txt is read and obeyed (only ever off for local benchmarks)
 * @param robotsAgent           the product token matched against robots.txt user-agent lines
 * @param maxCrawlDelay         a robots.txt Crawl-delay above this is capped, so one line cannot stall a run
 * @param robotsCacheTime       how long a host's robots.txt is trusted before it is read again
 */
public record PolitenessSettings(Duration minDelay, int maxConcurrencyPerHost, boolean obeyRobots, String robotsAgent,
                                 Duration maxCrawlDelay, Duration robotsCacheTime) {

    public PolitenessSettings {
        Objects.requireNonNull(minDelay, "minDelay");
        Objects.requireNonNull(robotsAgent, "robotsAgent");
        Objects.requireNonNull(maxCrawlDelay, "maxCrawlDelay");
        Objects.requireNonNull(robotsCacheTime, "robotsCacheTime");
        if (minDelay.isNegative()) {
            throw new IllegalArgumentException("minDelay must not be negative, was " + minDelay);
        }
        if (maxConcurrencyPerHost < 1) {
            throw new IllegalArgumentException("maxConcurrencyPerHost must be at least 1, was " + maxConcurrencyPerHost);
        }
    }

    /** Safe for real sites: one request at a time per host, a second apart, robots.txt obeyed. */
    public static PolitenessSettings defaults() {
        return new PolitenessSettings(Duration.ofSeconds(1), 1, true, "pubharvest", Duration.ofSeconds(30),
                Duration.ofHours(1));
    }
}
