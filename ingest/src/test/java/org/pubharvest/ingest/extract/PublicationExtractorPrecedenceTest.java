package org.pubharvest.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.site.SiteProfiles;

/** Each field from the first source that has it: citation_*, JSON-LD, Dublin Core, markup, OpenGraph; the source kept. */
class PublicationExtractorPrecedenceTest {

    private static final String URL = "https://www.amazon.science/publications/precedence";
    private final PublicationExtractor extractor = new PublicationExtractor(SiteProfiles.amazonScience());

    @Test
    void citationTagsWinOverJsonLdWhichWinsOverDublinCoreWhichWinsOverMarkup() {
        ScrapedPublication scraped = extract("""
                <html><head>
                <meta name="citation_title" content="Title from citation tags">
                <script type="application/ld+json">{"@type":"ScholarlyArticle","headline":"Title from JSON-LD",
                  "datePublished":"2021-10-26","author":[{"@type":"Person","name":"JSON-LD Author"}]}</script>
                <meta name="DC.title" content="Title from Dublin Core">
                <meta name="DC.date" content="2020-01-01">
                <meta name="DC.creator" content="Dublin Core Author">
                <meta name="DCTERMS.abstract" content="Abstract from Dublin Core">
                <meta property="og:title" content="Title from OpenGraph">
                </head><body>
                <h1 class="PublicationPage-title">Title from markup</h1>
                <div class="PublicationPage-meta"><span class="PublicationPage-venue">SOSP 2021</span></div>
                </body></html>""");

        assertThat(scraped.title()).isEqualTo("Title from citation tags");
        assertThat(scraped.date()).isEqualTo("2021-10-26");
        assertThat(scraped.authors()).containsExactly("JSON-LD Author");
        assertThat(scraped.abstractText()).isEqualTo("Abstract from Dublin Core");
        assertThat(scraped.venue()).isEqualTo("SOSP 2021");
        assertThat(scraped.sources()).containsEntry("title", "citation_title")
                .containsEntry("date", "json-ld:datePublished")
                .containsEntry("authors", "json-ld:author")
                .containsEntry("abstract", "dcterms.abstract")
                .containsEntry("venue", "selector:.PublicationPage-meta .PublicationPage-venue");
    }

    @Test
    void openGraphComesAfterTheSelectors() {
        ScrapedPublication scraped = extract("""
                <html><head><meta property="og:title" content="Only OpenGraph knows"></head><body></body></html>""");

        assertThat(scraped.title()).isEqualTo("Only OpenGraph knows");
        assertThat(scraped.sources()).containsEntry("title", "og:title");
    }

    private ScrapedPublication extract(String html) {
        return extractor.extract(new FetchedPage(URL, 200, "text/html; charset=UTF-8", null, null,
                html.getBytes(StandardCharsets.UTF_8), Instant.parse("2026-11-24T02:00:00Z")));
    }
}
