package org.pubharvest.ingest.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class CitationTagReaderTest {

    private static final String BASE_URI = "https://www.amazon.science/publications/seasonal-relevance-in-e-commerce-search";

    private final CitationTagReader reader = new CitationTagReader();

    @Test
    void readsEveryHighwireField() {
        PartialPublication publication = read("""
                <meta name="citation_title" content="Seasonal relevance in e-commerce search">
                <meta name="citation_author" content="Haode Yang">
                <meta name="citation_author" content="Parth Gupta">
                <meta name="citation_conference_title" content="CIKM 2021">
                <meta name="citation_publication_date" content="2021/11/01">
                <meta name="citation_abstract" content="Seasonality matters.">
                <meta name="citation_pdf_url" content="https://assets.amazon.science/seasonal.pdf">
                <meta name="citation_doi" content="10.1145/3459637.3481952">
                <meta name="citation_keywords" content="search; seasonality, e-commerce">
                """);

        assertThat(publication.source()).isEqualTo(MetadataSource.CITATION);
        assertThat(publication.title()).isEqualTo("Seasonal relevance in e-commerce search");
        assertThat(publication.authors()).containsExactly("Haode Yang", "Parth Gupta");
        assertThat(publication.venue()).isEqualTo("CIKM 2021");
        assertThat(publication.date()).isEqualTo("2021/11/01");
        assertThat(publication.abstractText()).isEqualTo("Seasonality matters.");
        assertThat(publication.pdfUrl()).isEqualTo("https://assets.amazon.science/seasonal.pdf");
        assertThat(publication.doi()).isEqualTo("10.1145/3459637.3481952");
        assertThat(publication.keywords()).containsExactly("search", "seasonality", "e-commerce");
    }

    @Test
    void authorsKeepThePageOrder() {
        PartialPublication publication = read("""
                <meta name="citation_author" content="Zoë Hartmann">
                <meta name="citation_author" content="Karthik Sundaram">
                <meta name="citation_author" content="Meghana Rao">
                """);

        assertThat(publication.authors()).containsExactly("Zoë Hartmann", "Karthik Sundaram", "Meghana Rao");
    }

    @Test
    void olderAuthorsTagIsSplitOnSemicolons() {
        PartialPublication publication = read("""
                <meta name="citation_authors" content="Mastakouri, Atalanti A.; Schölkopf, Bernhard;Janzing, Dominik ;">
                """);

        assertThat(publication.authors())
                .containsExactly("Mastakouri, Atalanti A.", "Schölkopf, Bernhard", "Janzing, Dominik");
    }

    @Test
    void oneTagPerAuthorWinsOverTheOlderAuthorsTag() {
        PartialPublication publication = read("""
                <meta name="citation_authors" content="Someone Else; Another Person">
                <meta name="citation_author" content="George Forman">
                """);

        assertThat(publication.authors()).containsExactly("George Forman");
    }

    @Test
    void dateFallsBackToCitationDate() {
        PartialPublication publication = read("""
                <meta name="citation_date" content="2020-07-13">
                <meta name="citation_online_date" content="2020-06-01">
                """);

        assertThat(publication.date()).isEqualTo("2020-07-13");
    }

    @Test
    void dateFallsBackToOnlineDateLast() {
        assertThat(read("<meta name=\"citation_online_date\" content=\"2020-06-01\">").date()).isEqualTo("2020-06-01");
    }

    @Test
    void publicationDateWinsOverCitationDate() {
        PartialPublication publication = read("""
                <meta name="citation_date" content="2020-07-13">
                <meta name="citation_publication_date" content="2020-07-12">
                """);

        assertThat(publication.date()).isEqualTo("2020-07-12");
    }

    @Test
    void venueFallsBackToJournalTitle() {
        PartialPublication publication = read("""
                <meta name="citation_journal_title" content="Management Science">
                """);

        assertThat(publication.venue()).isEqualTo("Management Science");
    }

    @Test
    void conferenceTitleWinsOverJournalTitle() {
        PartialPublication publication = read("""
                <meta name="citation_journal_title" content="Proceedings of Machine Learning Research">
                <meta name="citation_conference_title" content="ICML 2021">
                """);

        assertThat(publication.venue()).isEqualTo("ICML 2021");
    }

    @Test
    void tagNamesAreCaseInsensitiveAndValuesTrimmedWithEntitiesDecoded() {
        PartialPublication publication = read("""
                <meta name="Citation_Title" content="  Don&#8217;t trust the tail: pricing &amp; inventory  ">
                """);

        assertThat(publication.title()).isEqualTo("Don’t trust the tail: pricing & inventory");
    }

    @Test
    void emptyTagsCountAsAbsent() {
        PartialPublication publication = read("""
                <meta name="citation_title" content="  ">
                <meta name="citation_author" content="">
                <meta name="citation_authors" content="Ilya Markov; Sofia Ramírez">
                """);

        assertThat(publication.title()).isNull();
        assertThat(publication.authors()).containsExactly("Ilya Markov", "Sofia Ramírez");
    }

    @Test
    void pageWithoutCitationTagsGivesNothing() {
        PartialPublication publication = read("""
                <meta property="og:title" content="Only OpenGraph">
                <meta name="description" content="A page">
                """);

        assertThat(publication.source()).isEqualTo(MetadataSource.CITATION);
        assertThat(publication.isEmpty()).isTrue();
    }

    private PartialPublication read(String headTags) {
        String html = "<!DOCTYPE html><html><head>" + headTags + "</head><body><h1>Page</h1></body></html>";
        return reader.read(Jsoup.parse(html, BASE_URI));
    }
}
