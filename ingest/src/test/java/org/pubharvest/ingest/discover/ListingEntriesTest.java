package org.pubharvest.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.samplesite.SamplePage;
import org.pubharvest.ingest.samplesite.SampleSite;
import org.pubharvest.ingest.site.ListingRules;
import org.pubharvest.ingest.site.SiteProfiles;

/** Teasers: each linked page's listing entry found by structure, in the markup styles listings use. */
class ListingEntriesTest {

    private static final String BASE = "https://papers.example.org";
    private static final ListingParserOf PAPERS = new ListingParserOf("a[href*=/paper/]");

    @Test
    void everyEntryOfASampleListingHasItsOwnTeaser() {
        SampleSite site = SampleSite.bundled();
        SamplePage sample = site.pages().stream()
                .filter(page -> page.file().endsWith("publications/listing-2021-p1.html")).findFirst().orElseThrow();
        FetchedPage page = new FetchedPage(sample.canonicalUrl(), 200, sample.contentType(), null, null,
                site.read(sample.file()), Instant.EPOCH);

        ListingPage listing = new ListingPageParser(SiteProfiles.amazonScience().publicationListing()).parse(page);

        assertThat(listing.teasers()).hasSize(15).containsOnlyKeys(listing.detailUrls());
        assertThat(listing.teasers().values()).doesNotHaveDuplicates();
    }

    @Test
    void cardsWhoseTeaserTextChangesGetANewDigestAndOnlyThey() {
        String before = cards("Learning to rank", "We study ranking.", "Graph search", "We study graphs.");
        String after = cards("Learning to rank", "We study ranking, revised.", "Graph search", "We study graphs.");

        Map<String, String> was = PAPERS.parse(before).teasers();
        Map<String, String> now = PAPERS.parse(after).teasers();

        assertThat(now.get(BASE + "/paper/1")).isNotEqualTo(was.get(BASE + "/paper/1"));
        assertThat(now.get(BASE + "/paper/2")).isEqualTo(was.get(BASE + "/paper/2"));
    }

    @Test
    void anEntryReachesAsFarAsItsOwnLinksGoAndNoFurther() {
        // A list item links its page twice (a thumbnail and the title): both are one entry, and the
        // date under the title is part of it; the neighbouring item's text is not.
        String html = """
                <ol class="results">
                  <li><a href="/paper/1"><img src="t1.png" alt=""></a>
                      <h3><a href="/paper/1">Learning to rank</a></h3><time>March 2021</time></li>
                  <li><a href="/paper/2"><img src="t2.png" alt=""></a>
                      <h3><a href="/paper/2">Graph search</a></h3><time>May 2021</time></li>
                </ol>""";
        String datedAgain = html.replace("March 2021", "April 2021");

        assertThat(PAPERS.parse(datedAgain).teasers().get(BASE + "/paper/1"))
                .isNotEqualTo(PAPERS.parse(html).teasers().get(BASE + "/paper/1"));
        assertThat(PAPERS.parse(datedAgain).teasers().get(BASE + "/paper/2"))
                .isEqualTo(PAPERS.parse(html).teasers().get(BASE + "/paper/2"));
    }

    @Test
    void tableRowsAreEntriesToo() {
        String html = """
                <table><tr><th>Title</th><th>Venue</th></tr>
                  <tr><td><a href="/paper/1">Learning to rank</a></td><td>SIGIR 2021</td></tr>
                  <tr><td><a href="/paper/2">Graph search</a></td><td>KDD 2021</td></tr></table>""";

        Map<String, String> was = PAPERS.parse(html).teasers();
        Map<String, String> now = PAPERS.parse(html.replace("KDD 2021", "KDD 2022")).teasers();

        assertThat(now.get(BASE + "/paper/2")).isNotEqualTo(was.get(BASE + "/paper/2"));
        assertThat(now.get(BASE + "/paper/1")).isEqualTo(was.get(BASE + "/paper/1"));
    }

    @Test
    void markupAndWhitespaceAloneAreNoNews() {
        String compact = cards("Learning to rank", "We study ranking.", "Graph search", "We study graphs.");
        String reformatted = compact.replace("<p>", "<p class=\"teaser\">\n      ").replace("</h3>", "</h3>\n");

        assertThat(PAPERS.parse(reformatted).teasers()).isEqualTo(PAPERS.parse(compact).teasers());
    }

    @Test
    void aListingOfOneEntryHasNoTeaserSinceItsEntryCannotBeToldFromThePage() {
        String html = "<nav>Home · 1 December 2026</nav><div><h3><a href=\"/paper/1\">Learning to rank</a></h3></div>";

        ListingPage listing = PAPERS.parse(html);

        assertThat(listing.detailUrls()).containsExactly(BASE + "/paper/1");
        assertThat(listing.teasers()).isEmpty();
        assertThat(listing.teaserOf(BASE + "/paper/1")).isNull();
    }

    private static String cards(String title1, String teaser1, String title2, String teaser2) {
        return """
                <main><header><a href="/">Home</a> Updated 1 December 2026</header>
                <div class="card"><h3><a href="/paper/1">%s</a></h3><p>%s</p></div>
                <div class="card"><h3><a href="/paper/2">%s</a></h3><p>%s</p></div>
                <a class="next" href="/papers?page=2">Next</a></main>""".formatted(title1, teaser1, title2, teaser2);
    }

    private record ListingParserOf(String detailLink) {

        ListingPage parse(String html) {
            ListingPageParser parser = new ListingPageParser(new ListingRules(BASE + "/papers", null, "a.next", detailLink));
            return parser.parse(new FetchedPage(BASE + "/papers", 200, "text/html; charset=UTF-8", null, null,
                    html.getBytes(StandardCharsets.UTF_8), Instant.EPOCH));
        }
    }
}
