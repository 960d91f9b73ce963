package org.pubharvest.ingest.fetch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Wraps a fetcher with good manners: robots.txt is obeyed (a disallowed url is refused, not
 * fetched), each host gets at most N requests at once and a pause between them (the larger of
 * the configured delay and the site's Crawl-delay, capped). Thread-safe.
 */
public final class PoliteFetcher implements PageFetcher {

    private final PageFetcher delegate;
    private final PolitenessSettings settings;
    private final HostThrottle throttle;
    private final RobotsRules robots;

    private final FetchObserver observer;

    public PoliteFetcher(PageFetcher delegate, PolitenessSettings settings, Clock clock) {
        this(delegate, settings, clock, FetchObserver.NONE);
    }

    public PoliteFetcher(PageFetcher delegate, PolitenessSettings settings, Clock clock, FetchObserver observer) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.observer = Objects.requireNonNull(observer, "observer");
        this.throttle = new HostThrottle(settings.maxConcurrencyPerHost());
        this.robots = new RobotsRules(this::throttled, settings.robotsAgent(), settings.robotsCacheTime(), clock);
    }

    @Override
    public FetchResult fetch(PageRequest request) {
        Duration crawlDelay = Duration.ZERO;
        if (settings.obeyRobots() && isWebUrl(request.url())) {
            RobotsRules.Verdict verdict = robots.verdict(request.url());
            if (verdict.unavailable()) {
                return new FetchResult.Failed(request.url(), verdict.reason());
            }
            if (!verdict.allowed()) {
                observer.refusedByRobots(Objects.requireNonNullElse(URI.create(request.url()).getHost(), ""));
                return new FetchResult.Refused(request.url(), verdict.reason());
            }
            crawlDelay = verdict.crawlDelay();
        }
        return throttled(request, crawlDelay);
    }

    /**
     * The sitemaps named by the robots.txt of the url's site, read (politely, and kept as long as
     * the rules) whether or not robots.txt is obeyed; none for a url that is not on the web.
     */
    public List<String> sitemapsOf(String url) {
        return isWebUrl(url) ? robots.sitemaps(url) : List.of();
    }

    private FetchResult throttled(PageRequest request) {
        return throttled(request, Duration.ZERO);
    }

    private FetchResult throttled(PageRequest request, Duration crawlDelay) {
        String host = URI.create(request.url()).getRawAuthority();
        Duration cappedCrawlDelay = crawlDelay.compareTo(settings.maxCrawlDelay()) > 0 ? settings.maxCrawlDelay() : crawlDelay;
        Duration delay = cappedCrawlDelay.compareTo(settings.minDelay()) > 0 ? cappedCrawlDelay : settings.minDelay();
        try {
            return throttle.call(host == null ? "" : host, delay, () -> delegate.fetch(request));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FetchResult.Failed(request.url(), "interrupted");
        }
    }

    private static boolean isWebUrl(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getRawAuthority() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
