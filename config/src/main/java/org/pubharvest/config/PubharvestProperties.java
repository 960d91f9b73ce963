package org.pubharvest.config;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code pubharvest.*}. Every one has a safe default for the real sites; see the
 * README for the full list.
 *
 * @param sites     per site profile name, where to fetch it from (a mirror, say)
 * @param fetch     how to treat servers
 * @param harvest   chunking of the job's steps
 * @param reporting the read-only database user that {@code query} connects as
 */
@ConfigurationProperties("pubharvest")
public record PubharvestProperties(Map<String, Site> sites, @DefaultValue Fetch fetch, @DefaultValue Harvest harvest,
                                   @DefaultValue Reporting reporting) {

    public PubharvestProperties {
        sites = sites == null ? Map.of() : Map.copyOf(sites);
    }

    /** @param baseUrl where the site's pages are fetched from; defaults to the site's own canonical url */
    public record Site(String baseUrl) {
    }

    public record Fetch(@DefaultValue("pubharvest/0.1") String userAgent,
                        @DefaultValue("data-team@example.org") String contact,
                        @DefaultValue("10s") Duration connectTimeout,
                        @DefaultValue("30s") Duration requestTimeout,
                        @DefaultValue("10MB") DataSize maxBodySize,
                        @DefaultValue("4") int maxAttempts,
                        @DefaultValue("1s") Duration retryBaseDelay,
                        @DefaultValue("60s") Duration maxRetryDelay,
                        @DefaultValue("5") int maxRedirects,
                        @DefaultValue("1s") Duration minDelay,
                        @DefaultValue("1") int maxConcurrencyPerHost,
                        @DefaultValue("true") boolean obeyRobots,
                        @DefaultValue("30s") Duration maxCrawlDelay,
                        @DefaultValue("1h") Duration robotsCacheTime) {

        /** The User-Agent header: the project and a way to reach whoever runs it. */
        public String userAgentHeader() {
            return userAgent + " (+mailto:" + contact + ")";
        }

        /** The product token robots.txt rules are matched against: "pubharvest" for "pubharvest/0.1". */
        public String robotsAgent() {
            int slash = userAgent.indexOf('/');
            return (slash < 0 ? userAgent : userAgent.substring(0, slash)).trim();
        }
    }

    /**
     * @param rejectLimit more rejects than this in one run fail it: something is systematically
     *                    wrong (a markup change), and rejecting a whole site would hide it
     */
    public record Harvest(@DefaultValue("25") int discoverChunkSize,
                          @DefaultValue("10") int fetchChunkSize,
                          @DefaultValue("20") int extractChunkSize,
                          @DefaultValue("100") int rejectLimit) {
    }

    public record Reporting(@DefaultValue("reporting") String username, @DefaultValue("reporting") String password) {
    }
}
