package org.pubharvest.ingest.fetch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

/**
 * robots.txt per site, read with crawler-commons and kept for a while. Following RFC 9309, a
 * missing robots.txt (404, 410) allows everything; one that cannot be read at all (5xx, network)
 * means "not now", so its urls fail and are tried again next run rather than fetched regardless.
 */
final class RobotsRules {

    private final PageFetcher fetcher;
    private final String agent;
    private final Duration cacheTime;
    private final Clock clock;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Entry> bySite = new ConcurrentHashMap<>();

    RobotsRules(PageFetcher fetcher, String agent, Duration cacheTime, Clock clock) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.agent = Objects.requireNonNull(agent, "agent");
        this.cacheTime = Objects.requireNonNull(cacheTime, "cacheTime");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The verdict for a url; reads the site's robots.txt when it has none fresh. */
    Verdict verdict(String url) {
        Entry entry = entryFor(url);
        if (entry.unavailable() != null) {
            return new Verdict(false, entry.unavailable(), Duration.ZERO);
        }
        boolean allowed = entry.rules().isAllowed(url);
        long crawlDelay = entry.rules().getCrawlDelay();
        return new Verdict(allowed, allowed ? null : "disallowed by robots.txt",
                crawlDelay == BaseRobotRules.UNSET_CRAWL_DELAY ? Duration.ZERO : Duration.ofMillis(crawlDelay));
    }

    /** The sitemaps the robots.txt of the url's site names (its {@code Sitemap:} lines); none when it cannot be read. */
    List<String> sitemaps(String url) {
        Entry entry = entryFor(url);
        return entry.rules() == null ? List.of() : List.copyOf(entry.rules().getSitemaps());
    }

    private Entry entryFor(String url) {
        URI uri = URI.create(url);
        String site = uri.getScheme() + "://" + uri.getRawAuthority();
        return bySite.compute(site, (key, cached) ->
                cached != null && cached.readAt().plus(cacheTime).isAfter(clock.instant()) ? cached : read(key));
    }

    private Entry read(String site) {
        String robotsUrl = site + "/robots.txt";
        FetchResult result = fetcher.fetch(PageRequest.unconditional(robotsUrl));
        Instant now = clock.instant();
        if (result instanceof FetchResult.Fetched fetched) {
            return new Entry(parser.parseContent(robotsUrl, fetched.page().body(),
                    fetched.page().contentType() == null ? "text/plain" : fetched.page().contentType(), List.of(agent)),
                    null, now);
        }
        if (result instanceof FetchResult.Gone) {
            return new Entry(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), null, now);
        }
        String problem = result instanceof FetchResult.Failed failed ? failed.reason()
                : result instanceof FetchResult.Refused refused ? refused.reason() : result.toString();
        return new Entry(null, "robots.txt of " + site + " could not be read: " + problem, now);
    }

    /**
     * @param allowed     whether the url may be fetched now
     * @param reason      why not, when not
     * @param crawlDelay  the site's Crawl-delay, zero when it sets none
     */
    record Verdict(boolean allowed, String reason, Duration crawlDelay) {

        boolean unavailable() {
            return !allowed && reason != null && !reason.equals("disallowed by robots.txt");
        }
    }

    private record Entry(BaseRobotRules rules, String unavailable, Instant readAt) {
    }
}
