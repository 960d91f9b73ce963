package org.pubharvest.config;

import java.time.Duration;
import java.util.Map;

import org.pubharvest.config.drift.DriftSettings;
import org.pubharvest.load.page.RevisitSchedule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code pubharvest.*}. Every one has a safe default for the real sites; see the
 * README for the full list.
 *
 * @param sites     per site profile name, where to fetch it from (a mirror, say)
 * @param fetch     how to treat servers
 * @param harvest   chunking of the job's steps, limits and warnings
 * @param reporting the read-only database user that {@code query} connects as
 * @param schedule  when {@code serve} launches the nightly harvest
 * @param archive   where the page archive's WARC files go
 * @param warehouse how an H2 warehouse file is served to readers while a process holds it
 * @param distributed remote partitioning: the broker, the queue, the manager's waiting
 */
@ConfigurationProperties("pubharvest")
public record PubharvestProperties(Map<String, Site> sites, @DefaultValue Fetch fetch, @DefaultValue Harvest harvest,
                                   @DefaultValue Reporting reporting, @DefaultValue Schedule schedule,
                                   @DefaultValue Archive archive, @DefaultValue Warehouse warehouse,
                                   @DefaultValue Distributed distributed) {

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
     * @param rejectLimit        more rejects than this in one run fail it: something is systematically
     *                           wrong (a markup change), and rejecting a whole site would hide it
     * @param recentListingPages without a year, how many listing pages (newest first) a source that pages
     *                           by recency walks: the nightly run looks at what is new, a backfill at the rest
     * @param warnRejectShare    a completed run that rejects more than this share of its urls ends with a
     *                           warning and its own exit code, for a scheduler to alert on
     * @param fetchThreads       urls of a chunk fetched at once, across hosts; each host's own limit
     *                           ({@code pubharvest.fetch.max-concurrency-per-host}) and pauses still hold
     * @param extractThreads     pages of a chunk extracted at once; 0 means one per available core
     * @param driftThreshold     a completed run in which a field's fill falls by more than this share below
     *                           its recent mean warns of markup drift and exits 3 (see {@link DriftSettings})
     * @param driftMinRecords    fewer records of a kind in a run than this are not compared
     * @param driftHistoryRuns   how many recent completed runs the mean is taken over
     * @param maxExtractTime     the longest one page's extraction may take; a page that takes longer is rejected
     *                           (a hostile or broken page must not hold a worker, or the run, for minutes)
     */
    public record Harvest(@DefaultValue("100") int discoverChunkSize,
                          @DefaultValue("20") int fetchChunkSize,
                          @DefaultValue("50") int extractChunkSize,
                          @DefaultValue("100") int rejectLimit,
                          @DefaultValue("3") int recentListingPages,
                          @DefaultValue("0.2") double warnRejectShare,
                          @DefaultValue("4") int fetchThreads,
                          @DefaultValue("0") int extractThreads,
                          @DefaultValue("0.3") double driftThreshold,
                          @DefaultValue("10") int driftMinRecords,
                          @DefaultValue("3") int driftHistoryRuns,
                          @DefaultValue("10s") Duration maxExtractTime) {

        public Harvest {
            if (fetchThreads < 1) {
                throw new IllegalArgumentException("pubharvest.harvest.fetch-threads must be at least 1, got " + fetchThreads);
            }
            if (extractThreads < 0) {
                throw new IllegalArgumentException("pubharvest.harvest.extract-threads must be 0 (one per core) or more, got "
                        + extractThreads);
            }
            if (recentListingPages < 1) {
                throw new IllegalArgumentException("pubharvest.harvest.recent-listing-pages must be at least 1, got "
                        + recentListingPages);
            }
            if (maxExtractTime.isNegative() || maxExtractTime.isZero()) {
                throw new IllegalArgumentException("pubharvest.harvest.max-extract-time must be positive, got "
                        + maxExtractTime);
            }
            new DriftSettings(driftThreshold, driftMinRecords, driftHistoryRuns); // a bad value stops start-up, not the report step
            if (warnRejectShare < 0 || warnRejectShare > 1) {
                throw new IllegalArgumentException("pubharvest.harvest.warn-reject-share must be between 0 and 1, got "
                        + warnRejectShare);
            }
        }

        /** The drift check's settings. */
        public DriftSettings drift() {
            return new DriftSettings(driftThreshold, driftMinRecords, driftHistoryRuns);
        }

        /** Extraction threads, with 0 resolved to the number of available cores. */
        public int extractThreadCount() {
            return extractThreads == 0 ? Runtime.getRuntime().availableProcessors() : extractThreads;
        }
    }

    /**
     * @param cron                 when {@code serve} launches the nightly harvest: a Spring cron expression, local time
     * @param minRevisitInterval   the shortest a url's revisit interval gets (and a new url's): a changed page halves it down to this
     * @param maxRevisitInterval   the longest it gets: an unchanged page stretches it by {@code revisitGrowth} up to this
     * @param revisitGrowth        what an unchanged visit multiplies the interval by
     * @param revisitShrink        what a changed visit multiplies it by
     * @param sitemaps             whether a site's sitemaps (named by its robots.txt) decide for the pages they
     *                             date: a {@code lastmod} before the stored fetch keeps a page from being fetched,
     *                             a later one makes it due at once
     * @param maxSitemapFiles      how many sitemap files (indexes included) one site may make a run read
     */
    public record Schedule(@DefaultValue("0 0 2 * * *") String cron, @DefaultValue("1d") Duration minRevisitInterval,
                           @DefaultValue("30d") Duration maxRevisitInterval, @DefaultValue("1.5") double revisitGrowth,
                           @DefaultValue("0.5") double revisitShrink, @DefaultValue("true") boolean sitemaps,
                           @DefaultValue("100") int maxSitemapFiles) {

        public RevisitSchedule revisitSchedule() {
            return new RevisitSchedule(minRevisitInterval, maxRevisitInterval, revisitGrowth, revisitShrink);
        }
    }

    /**
     * @param directory   where the page archive's WARC files go; empty: next to an H2 warehouse file, else
     *                    {@code ./data/warc} ({@link org.pubharvest.config.warehouse.ArchiveDirectory})
     * @param maxFileSize a WARC file is closed before it would grow past this, and the next one begun
     * @param writer      empty for a warehouse's only writer; a worker of a distributed run sets its name, so
     *                    that it appends to files of its own in the shared directory
     */
    public record Archive(@DefaultValue("") String directory, @DefaultValue("1GB") DataSize maxFileSize,
                          @DefaultValue("") String writer) {
    }

    /**
     * Remote partitioning over a JMS broker (README, "Beyond one machine").
     *
     * @param partitions       0: the run is one process's; N: the manager splits fetch and extract into at
     *                         most N partitions by host and sends them to the workers
     * @param brokerUrl        the Artemis (core protocol) url that manager and workers connect to
     * @param requestQueue     the queue the manager puts partition requests on and the workers take them from
     * @param embeddedBroker   the manager starts an Artemis broker of its own on {@code embeddedBrokerPort} of
     *                         the loopback address, its journal under {@code brokerDirectory}
     * @param pollInterval     how often the manager reads the partitions' state from the job repository
     * @param timeout          the longest the manager waits for all partitions; those not done then are failed
     * @param heartbeatInterval how often a worker records that it is alive while it runs a partition
     * @param heartbeatTimeout a running partition whose worker has not beaten for this long is failed at once
     * @param workerName       set by {@code worker --name}: who claims partitions, and its WARC files' name
     */
    public record Distributed(@DefaultValue("0") int partitions,
                              @DefaultValue("tcp://127.0.0.1:61616") String brokerUrl,
                              @DefaultValue("pubharvest.partition.requests") String requestQueue,
                              @DefaultValue("false") boolean embeddedBroker,
                              @DefaultValue("61616") int embeddedBrokerPort,
                              @DefaultValue("") String brokerDirectory,
                              @DefaultValue("1s") Duration pollInterval,
                              @DefaultValue("12h") Duration timeout,
                              @DefaultValue("5s") Duration heartbeatInterval,
                              @DefaultValue("30s") Duration heartbeatTimeout,
                              @DefaultValue("") String workerName) {
    }

    /**
     * @param serverPort the loopback port on which the process holding an H2 warehouse file serves it to
     *                   readers ({@link org.pubharvest.config.warehouse.ReadServer}); 0 for any free one, as
     *                   written next to the file
     * @param readOnly   set by the commands that only read ({@code status}): no migration, no read server
     */
    public record Warehouse(@DefaultValue("0") int serverPort, @DefaultValue("false") boolean readOnly) {
    }

    public record Reporting(@DefaultValue("reporting") String username, @DefaultValue("reporting") String password) {
    }
}
