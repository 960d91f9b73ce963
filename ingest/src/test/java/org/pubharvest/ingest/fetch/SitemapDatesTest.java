package org.pubharvest.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

class SitemapDatesTest {

    private static final String SITE = "https://papers.example.org";

    private final Map<String, FetchedPage> served = new ConcurrentHashMap<>();
    private final List<String> requested = new ArrayList<>();
    private final PageFetcher fetcher = request -> {
        synchronized (requested) {
            requested.add(request.url());
        }
        FetchedPage page = served.get(request.url());
        return page == null ? new FetchResult.Gone(request.url(), 404) : new FetchResult.Fetched(page);
    };

    @Test
    void anIndexLeadsToPlainAndGzippedSitemapsWhoseLastmodsAreRead() {
        serve("/sitemap.xml", "application/xml", index("/sitemap-2021.xml", "/sitemap-2022.xml.gz"));
        serve("/sitemap-2021.xml", "application/xml", urlset(
                url("/paper/1", "2021-10-26T08:15:00+02:00"), url("/paper/2", null)));
        served.put(SITE + "/sitemap-2022.xml.gz", new FetchedPage(SITE + "/sitemap-2022.xml.gz", 200,
                "application/gzip", null, null, gzip(urlset(url("/paper/3", "2022-03-01T00:00:30Z"))), Instant.EPOCH));

        SitemapDates dates = new SitemapDates(fetcher, url -> List.of(SITE + "/sitemap.xml"), 10);

        assertThat(dates.lastModified(SITE + "/paper/1")).contains(Instant.parse("2021-10-26T06:15:00Z"));
        assertThat(dates.lastModified(SITE + "/paper/3")).contains(Instant.parse("2022-03-01T00:00:30Z"));
        assertThat(dates.lastModified(SITE + "/paper/2")).as("listed without a lastmod").isEmpty();
        assertThat(dates.lastModified(SITE + "/paper/9")).as("not listed").isEmpty();
        assertThat(requested).as("each sitemap read once for the run").hasSize(3);
    }

    @Test
    void aDayOnlyLastmodCountsUntilTheEndOfThatDay() {
        serve("/sitemap.xml", "text/xml", urlset(url("/paper/1", "2021-10-26")));

        SitemapDates dates = new SitemapDates(fetcher, url -> List.of(SITE + "/sitemap.xml"), 10);

        assertThat(dates.lastModified(SITE + "/paper/1")).contains(Instant.parse("2021-10-26T23:59:59.999Z"));
    }

    @Test
    void aSitemapThatIsMissingOrNotASitemapIsSkippedAndTheOthersStillCount() {
        serve("/broken.xml", "text/xml", "<urlset><url><loc>" + SITE + "/paper/1</loc><lastmod>");
        serve("/page.html", "text/html", "<html><body>Not a sitemap</body></html>");
        serve("/good.xml", "text/xml", urlset(url("/paper/2", "2021-01-02T03:04:05Z")));

        SitemapDates dates = new SitemapDates(fetcher,
                url -> List.of(SITE + "/missing.xml", SITE + "/broken.xml", SITE + "/page.html", SITE + "/good.xml"), 10);

        assertThat(dates.lastModified(SITE + "/paper/2")).contains(Instant.parse("2021-01-02T03:04:05Z"));
        assertThat(dates.lastModified(SITE + "/paper/1")).isEmpty();
    }

    @Test
    void anIndexThatLoopsOrNeverEndsIsReadOnlyAsFarAsTheBound() {
        serve("/sitemap.xml", "text/xml", index("/sitemap.xml", "/a.xml"));
        for (int i = 0; i < 20; i++) {
            serve("/a.xml".replace("a", "a" + (i == 0 ? "" : i)), "text/xml", index("/a" + (i + 1) + ".xml"));
        }

        SitemapDates dates = new SitemapDates(fetcher, url -> List.of(SITE + "/sitemap.xml"), 5);

        assertThat(dates.lastModified(SITE + "/paper/1")).isEmpty();
        assertThat(requested).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void aSiteWithoutSitemapsHasNoDatesAndCostsNoRequest() {
        SitemapDates dates = new SitemapDates(fetcher, url -> List.of(), 10);

        assertThat(dates.lastModified(SITE + "/paper/1")).isEmpty();
        assertThat(dates.lastModified("not a url")).isEmpty();
        assertThat(requested).isEmpty();
    }

    private void serve(String path, String contentType, String body) {
        served.put(SITE + path, new FetchedPage(SITE + path, 200, contentType, null, null,
                body.getBytes(StandardCharsets.UTF_8), Instant.EPOCH));
    }

    private static String index(String... paths) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : paths) {
            xml.append("  <sitemap><loc>").append(SITE).append(path).append("</loc></sitemap>\n");
        }
        return xml.append("</sitemapindex>\n").toString();
    }

    private static String urlset(String... urls) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n" + String.join("", urls) + "</urlset>\n";
    }

    private static String url(String path, String lastmod) {
        return "  <url><loc>" + SITE + path + "</loc>" + (lastmod == null ? "" : "<lastmod>" + lastmod + "</lastmod>")
                + "</url>\n";
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
