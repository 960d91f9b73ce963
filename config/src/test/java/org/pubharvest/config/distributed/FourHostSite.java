package org.pubharvest.config.distributed;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Four journal sites added as YAML profiles, each fetched from its own loopback address (127.0.0.1 to
 * 127.0.0.4, one WireMock server listening on all of them), so that the harvest sees four hosts; every
 * response takes a fixed latency. Each site has one listing page and {@code articles} article pages with
 * citation tags.
 */
final class FourHostSite implements AutoCloseable {

    static final int HOSTS = 4;

    private final WireMockServer server;
    private final Path profiles;
    private final int articles;

    FourHostSite(int articles, int latencyMillis, Path directory) {
        this.articles = articles;
        server = new WireMockServer(options().dynamicPort().bindAddress("0.0.0.0"));
        server.start();
        profiles = directory.resolve("profiles");
        try {
            Files.createDirectories(profiles);
            for (int site = 1; site <= HOSTS; site++) {
                Files.writeString(profiles.resolve(name(site) + ".yaml"), profile(site));
                stub(site, articles, latencyMillis);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The options that point a harvest at the four sites: the profiles, the mirrors, no pauses. */
    List<String> harvestOptions() {
        List<String> options = new ArrayList<>(List.of("--pubharvest.site-profiles-directory=" + profiles,
                "--pubharvest.fetch.min-delay=0", "--pubharvest.fetch.max-crawl-delay=0",
                "--pubharvest.schedule.sitemaps=false"));
        for (int site = 1; site <= HOSTS; site++) {
            options.add("--pubharvest.sites." + name(site) + ".base-url=http://127.0.0." + site + ":" + server.port()
                    + "/" + name(site) + ".example.org");
        }
        return options;
    }

    /** The {@code --what} of a harvest of all four. */
    static String sources() {
        return IntStream.rangeClosed(1, HOSTS).mapToObj(site -> "publications-" + name(site)).collect(Collectors.joining(","));
    }

    /** The path a canonical url of a site is requested at. */
    static String requestPath(String canonicalUrl) {
        return canonicalUrl.replaceFirst("^https://", "/");
    }

    /**
     * Every response takes this long from now on. The stubs are added again over the old ones (the newest
     * wins), never reset, so that a request in flight meanwhile finds its page; WireMock's global delay
     * would not override the stubs' own.
     */
    void setLatency(Duration latency) {
        for (int site = 1; site <= HOSTS; site++) {
            stub(site, articles, (int) latency.toMillis());
        }
    }

    List<ServeEvent> requests() {
        return server.getAllServeEvents();
    }

    void forgetRequests() {
        server.resetRequests();
    }

    /**
     * Per host, the greatest number of requests it was answering at once, from the server's own times
     * (received, and received plus the time to answer).
     */
    static Map<String, Integer> mostAtOnceByHost(Collection<ServeEvent> events) {
        Map<String, List<ServeEvent>> byHost = new TreeMap<>(events.stream()
                .collect(Collectors.groupingBy(event -> URI.create(event.getRequest().getAbsoluteUrl()).getAuthority())));
        Map<String, Integer> most = new TreeMap<>();
        byHost.forEach((host, served) -> {
            List<long[]> spans = served.stream().map(event -> {
                long start = event.getRequest().getLoggedDate().getTime();
                return new long[] {start, start + timeToAnswer(event)};
            }).sorted(Comparator.comparingLong(span -> span[0])).toList();
            int peak = 0;
            for (long[] span : spans) {
                // Millisecond times: a request that starts in the millisecond the last one ended is not overlapping.
                int atOnce = (int) spans.stream().filter(other -> other[0] <= span[0] && other[1] > span[0] + 1).count();
                peak = Math.max(peak, atOnce);
            }
            most.put(host, peak);
        });
        return most;
    }

    /**
     * The server's time to answer; for a request whose client went away before the answer (a worker
     * killed mid-request) there is none, and it counts as long as the delay the server kept it.
     */
    private static long timeToAnswer(ServeEvent event) {
        Integer total = event.getTiming().getTotalTime();
        return total != null ? total : Objects.requireNonNullElse(event.getTiming().getAddedDelay(), 0);
    }

    @Override
    public void close() {
        server.stop();
    }

    private static String name(int site) {
        return "journal-" + site;
    }

    private static String profile(int site) {
        String host = name(site) + ".example.org";
        return """
                name: %s
                canonical-base-url: https://%s
                hosts:
                  - %s
                publication-url: 'https://%s/articles/[a-z0-9-]+'
                publication-listing:
                  start-url: https://%s/articles
                  next-page: "a.next"
                  detail-link: "ul.articles a"
                publication-selectors:
                  title: "h1.article-title"
                """.formatted(name(site), host, host, host.replace(".", "\\\\."), host);
    }

    private void stub(int site, int articles, int latencyMillis) {
        String base = "/" + name(site) + ".example.org";
        server.stubFor(get(urlEqualTo(base + "/robots.txt")).willReturn(notFound().withFixedDelay(latencyMillis)));
        StringBuilder listing = new StringBuilder("<ul class=\"articles\">");
        for (int article = 1; article <= articles; article++) {
            String slug = "article-" + site + "-" + article;
            listing.append("<li><a href=\"/articles/").append(slug).append("\">Article ").append(article).append("</a></li>");
            server.stubFor(get(urlEqualTo(base + "/articles/" + slug)).willReturn(html(latencyMillis, """
                    <meta name="citation_title" content="Article %d of journal %d">
                    <meta name="citation_author" content="Author %d, Some"><meta name="citation_author" content="Other, An">
                    <meta name="citation_publication_date" content="%d/03/%02d">
                    <h1 class="article-title">Article %d of journal %d</h1>
                    <p>Abstract of article %d.</p>""".formatted(article, site, article % 7, 2018 + article % 5,
                    1 + article % 28, article, site, article))));
        }
        listing.append("</ul>");
        server.stubFor(get(urlEqualTo(base + "/articles")).willReturn(html(latencyMillis, listing.toString())));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder html(int latencyMillis, String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
                .withFixedDelay(latencyMillis)
                .withBody("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Journal</title></head><body>"
                        + body + "</body></html>");
    }
}
