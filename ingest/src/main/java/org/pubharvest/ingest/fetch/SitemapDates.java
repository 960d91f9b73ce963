package org.pubharvest.ingest.fetch;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When each page of a site last changed, as the site's sitemaps say ({@code <lastmod>}, sitemaps.org
 * protocol 0.9). A site's sitemaps are those its robots.txt names; they are read with crawler-commons'
 * {@link SiteMapParser} (XML, gzipped XML, RSS, Atom and plain text, sitemap indexes followed) on the
 * first question about the site, through the polite fetcher, and kept for the life of this object (one
 * run). Reading is bounded (how many sitemap files a site may make us fetch) and forgiving: a sitemap
 * that cannot be fetched or parsed is skipped with a warning, and its pages simply have no date, so the
 * revisit schedule decides for them. Thread-safe.
 */
public final class SitemapDates {

    private static final Logger log = LoggerFactory.getLogger(SitemapDates.class);

    private final PageFetcher fetcher;
    private final Function<String, List<String>> sitemapsOfSite;
    private final int maxSitemapFiles;
    private final Map<String, Map<String, Instant>> bySite = new ConcurrentHashMap<>();

    /**
     * @param fetcher         fetches the sitemap files (the polite one, so they wait their turn like pages)
     * @param sitemapsOfSite  the sitemap urls a url's site declares (its robots.txt's {@code Sitemap:} lines)
     * @param maxSitemapFiles how many sitemap files (indexes included) one site may make us read
     */
    public SitemapDates(PageFetcher fetcher, Function<String, List<String>> sitemapsOfSite, int maxSitemapFiles) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.sitemapsOfSite = Objects.requireNonNull(sitemapsOfSite, "sitemapsOfSite");
        if (maxSitemapFiles < 1) {
            throw new IllegalArgumentException("maxSitemapFiles must be at least 1, got " + maxSitemapFiles);
        }
        this.maxSitemapFiles = maxSitemapFiles;
    }

    /** The {@code lastmod} the url's site gives for it; empty when its sitemaps do not list it with one. */
    public Optional<Instant> lastModified(String url) {
        String site = siteOf(url);
        if (site == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(bySite.computeIfAbsent(site, key -> read(key, url)).get(url));
    }

    private Map<String, Instant> read(String site, String anyUrlOfSite) {
        Deque<String> toRead = new ArrayDeque<>(sitemapsOfSite.apply(anyUrlOfSite));
        Set<String> seen = new HashSet<>();
        Map<String, Instant> dates = new HashMap<>();
        SiteMapParser parser = new SiteMapParser(false);
        int files = 0;
        while (!toRead.isEmpty()) {
            String sitemapUrl = toRead.poll();
            if (!seen.add(sitemapUrl)) {
                continue;
            }
            if (++files > maxSitemapFiles) {
                log.warn("{}: read the first {} sitemap files and left the other {} unread", site, maxSitemapFiles,
                        toRead.size() + 1);
                break;
            }
            AbstractSiteMap sitemap = parse(parser, sitemapUrl);
            if (sitemap instanceof SiteMapIndex index) {
                index.getSitemaps().forEach(child -> toRead.add(child.getUrl().toString()));
            } else if (sitemap instanceof SiteMap pages) {
                for (SiteMapURL page : pages.getSiteMapUrls()) {
                    Instant changed = lastModifiedOf(page);
                    if (changed != null) {
                        dates.merge(page.getUrl().toString(), changed, (a, b) -> a.isAfter(b) ? a : b);
                    }
                }
            }
        }
        if (files > 0) {
            log.info("{}: {} sitemap file(s) give a lastmod for {} url(s)", site, Math.min(files, maxSitemapFiles),
                    dates.size());
        }
        return Map.copyOf(dates);
    }

    private AbstractSiteMap parse(SiteMapParser parser, String sitemapUrl) {
        FetchResult result = fetcher.fetch(PageRequest.unconditional(sitemapUrl));
        if (!(result instanceof FetchResult.Fetched fetched)) {
            log.warn("sitemap {} is skipped: {}", sitemapUrl, result);
            return null;
        }
        try {
            FetchedPage page = fetched.page();
            return parser.parseSiteMap(page.contentType() == null ? "text/xml" : page.contentType(), page.body(),
                    URI.create(sitemapUrl).toURL());
        } catch (UnknownFormatException | java.io.IOException | IllegalArgumentException e) {
            log.warn("sitemap {} is skipped: it does not parse ({})", sitemapUrl, e.getMessage());
            return null;
        }
    }

    /**
     * A W3C Datetime of day precision ("2021-10-26") says the page changed some time that day, and the
     * parser gives its start: taken as the day's end, so that a fetch made earlier that day never
     * counts as newer than the change.
     */
    static Instant lastModifiedOf(SiteMapURL page) {
        Date date = page.getLastModified();
        if (date == null) {
            return null;
        }
        Instant instant = date.toInstant();
        boolean dayPrecision = instant.atZone(ZoneOffset.UTC).toLocalTime().toNanoOfDay() == 0;
        return dayPrecision ? instant.plus(Duration.ofDays(1)).minusMillis(1) : instant;
    }

    private static String siteOf(String url) {
        try {
            URL parsed = URI.create(url).toURL();
            return parsed.getProtocol() + "://" + parsed.getAuthority();
        } catch (IllegalArgumentException | MalformedURLException e) {
            return null;
        }
    }
}
