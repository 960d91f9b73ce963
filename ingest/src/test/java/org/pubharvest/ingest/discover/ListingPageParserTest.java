package org.pubharvest.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.samplesite.SamplePage;
import org.pubharvest.ingest.samplesite.SampleSite;
import org.pubharvest.ingest.site.SiteProfile;
import org.pubharvest.ingest.site.SiteProfiles;

class ListingPageParserTest {

    private static final String LISTINGS = "www.amazon.science/publications/";
    private static final String YEAR_2019 = "https://www.amazon.science/publications?f1=0000016e-9a50-d6c6-a7ff-9bfb1a7e0000";
    private static final String YEAR_2020 = "https://www.amazon.science/publications?f1=00000176-c5d2-d2a7-a5f7-e5d3b8a20000";
    private static final String YEAR_2021 = "https://www.amazon.science/publications?f1=0000017b-3b6c-d5f6-a3ff-3ffe69a60000";

    private static final SampleSite SAMPLE_SITE = SampleSite.bundled();
    private static final SiteProfile PROFILE = SiteProfiles.amazonScience();

    private final ListingPageParser parser = new ListingPageParser(PROFILE.publicationListing());

    @Test
    void firstPageOf2021ListsItsFifteenPublicationsInPageOrder() {
        ListingPage listing = parse("listing-2021-p1.html");

        assertThat(listing.detailUrls()).hasSize(15).doesNotHaveDuplicates();
        assertThat(listing.detailUrls()).first().isEqualTo(
                "https://www.amazon.science/publications/ctr-bert-cost-effective-knowledge-distillation-for-billion-parameter-teacher-models");
        assertThat(listing.detailUrls()).last().isEqualTo(
                "https://www.amazon.science/publications/carbon-aware-scheduling-of-batch-workloads-across-cloud-regions");
    }

    @ParameterizedTest
    @ValueSource(strings = {"listing-2021-p1.html", "listing-2021-p2.html", "listing-2020-p1.html",
            "listing-2020-p2.html", "listing-2019-p1.html", "index.html", "index-p4.html"})
    void everyDetailUrlIsACanonicalPublicationUrlOfTheSampleSite(String file) {
        ListingPage listing = parse(file);

        assertThat(listing.detailUrls()).isNotEmpty().allSatisfy(url -> {
            assertThat(url).startsWith("https://www.amazon.science/publications/");
            assertThat(PROFILE.isPublicationUrl(url)).as("publication url: %s", url).isTrue();
            assertThat(manifestUrls()).as("sample site has %s", url).contains(url);
        });
    }

    @Test
    void rootRelativeLinksOf2020AreMadeAbsolute() {
        assertThat(SAMPLE_SITE.read(LISTINGS + "listing-2020-p1.html"))
                .asString().contains("href=\"/publications/query-dependent-product-embeddings-for-semantic-search\"");

        ListingPage listing = parse("listing-2020-p1.html");

        assertThat(listing.detailUrls()).hasSize(15)
                .contains("https://www.amazon.science/publications/query-dependent-product-embeddings-for-semantic-search")
                .noneMatch(url -> url.startsWith("/"));
    }

    @Test
    void navigationFilterAndFooterLinksAreNotDetailUrls() {
        ListingPage listing = parse("listing-2021-p1.html");

        assertThat(listing.detailUrls()).noneMatch(url -> url.contains("/research-areas/"))
                .noneMatch(url -> url.contains("?"))
                .noneMatch(url -> url.endsWith("/publications"))
                .noneMatch(url -> !url.startsWith("https://www.amazon.science/"));
    }

    @Test
    void nextPageUrlIsAbsoluteWithItsAmpersandDecoded() {
        assertThat(parse("listing-2021-p1.html").nextPageUrl()).isEqualTo(YEAR_2021 + "&p=2");
        assertThat(parse("listing-2020-p1.html").nextPageUrl()).isEqualTo(YEAR_2020 + "&p=2");
        assertThat(parse("index.html").nextPageUrl()).isEqualTo("https://www.amazon.science/publications?p=2");
    }

    @Test
    void nextPageUrlIsAPageOfTheSampleSite() {
        assertThat(manifestUrls()).contains(parse("listing-2021-p1.html").nextPageUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"listing-2021-p2.html", "listing-2020-p2.html", "listing-2019-p1.html", "index-p4.html"})
    void lastPageHasNoNextPage(String file) {
        assertThat(parse(file).nextPageUrl()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "listing-2021-p1.html", "listing-2019-p1.html"})
    void yearFilterOffersTheFilteredListingOfEachYear(String file) {
        assertThat(parse(file).yearFilterUrls()).isEqualTo(Map.of(
                "2019", YEAR_2019,
                "2020", YEAR_2020,
                "2021", YEAR_2021));
    }

    @Test
    void yearFilterUrlsAreListingsOfTheSampleSite() {
        assertThat(manifestUrls()).containsAll(parse("index.html").yearFilterUrls().values());
    }

    @Test
    void bothPagesOf2021TogetherHoldTheTwentyPublicationsOfTheYear() {
        ListingPage first = parse("listing-2021-p1.html");
        ListingPage second = parse("listing-2021-p2.html");

        // The second page starts by repeating the last item of the first, as the live site does.
        assertThat(second.detailUrls()).hasSize(6).first().isEqualTo(first.detailUrls().get(14));
        assertThat(union(first, second)).hasSize(20);
    }

    @Test
    void unfilteredListingPagesTogetherHoldAllFortySixPublications() {
        ListingPage[] pages = {parse("index.html"), parse("index-p2.html"), parse("index-p3.html"),
                parse("index-p4.html")};

        assertThat(pages).extracting(page -> page.detailUrls().size()).containsExactly(15, 15, 15, 1);
        assertThat(union(pages)).hasSize(46);
    }

    @Test
    void fragmentsAreDroppedAndRepeatedLinksKeptOnce() {
        String html = """
                <div class="SearchResultsModule-results">
                  <a href="/publications/one#abstract">One</a>
                  <a href="/publications/one">One again</a>
                  <a href="mailto:someone@example.org?subject=/publications/two">Mail</a>
                  <a href="https://www.amazon.science/publications/two">Two</a>
                </div>""";
        FetchedPage page = new FetchedPage("https://www.amazon.science/publications", 200, "text/html; charset=UTF-8",
                null, null, html.getBytes(StandardCharsets.UTF_8), Instant.parse("2024-01-01T00:00:00Z"));

        ListingPage listing = parser.parse(page);

        assertThat(listing.detailUrls()).containsExactly("https://www.amazon.science/publications/one",
                "https://www.amazon.science/publications/two");
        assertThat(listing.nextPageUrl()).isNull();
        assertThat(listing.yearFilterUrls()).isEmpty();
    }

    /** Parses a sample-site listing as if fetched from its canonical url in manifest.tsv. */
    private ListingPage parse(String fileName) {
        String file = LISTINGS + fileName;
        SamplePage samplePage = SAMPLE_SITE.pages().stream().filter(page -> page.file().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError("not in manifest.tsv: " + file));
        FetchedPage page = new FetchedPage(samplePage.canonicalUrl(), 200, samplePage.contentType(), null, null,
                SAMPLE_SITE.read(file), Instant.parse("2024-01-01T00:00:00Z"));
        return parser.parse(page);
    }

    private static Set<String> union(ListingPage... pages) {
        return Arrays.stream(pages).flatMap(page -> page.detailUrls().stream()).collect(Collectors.toSet());
    }

    private static Set<String> manifestUrls() {
        return SAMPLE_SITE.pages().stream().map(SamplePage::canonicalUrl).collect(Collectors.toSet());
    }
}
