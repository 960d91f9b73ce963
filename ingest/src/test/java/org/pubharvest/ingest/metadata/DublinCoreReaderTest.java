package org.pubharvest.ingest.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Dublin Core meta tags as repositories write them. */
class DublinCoreReaderTest {

    private final DublinCoreReader reader = new DublinCoreReader();

    @Test
    void readsEveryFieldDublinCoreCarries() {
        PartialPublication read = reader.read(Jsoup.parse("""
                <html><head>
                <meta name="DC.title" content="Causal feature selection in time series">
                <meta name="DC.creator" content="Atalanti A. Mastakouri">
                <meta name="DC.creator" content="Bernhard Schölkopf">
                <meta name="DC.creator" content="Dominik Janzing">
                <meta name="DCTERMS.issued" content="2021-07-18">
                <meta name="DCTERMS.abstract" content="We study the identification of causes.">
                <meta name="DC.identifier" content="https://www.example.org/paper/42">
                <meta name="DC.identifier" content="doi:10.5555/3546258">
                <meta name="DCTERMS.isPartOf" content="ICML 2021">
                <meta name="DC.subject" content="Machine learning; Causality">
                </head></html>""", "https://www.example.org/paper/42"));

        assertThat(read.source()).isEqualTo(MetadataSource.DUBLIN_CORE);
        assertThat(read.title()).isEqualTo("Causal feature selection in time series");
        assertThat(read.authors()).containsExactly("Atalanti A. Mastakouri", "Bernhard Schölkopf", "Dominik Janzing");
        assertThat(read.date()).isEqualTo("2021-07-18");
        assertThat(read.abstractText()).isEqualTo("We study the identification of causes.");
        assertThat(read.doi()).isEqualTo("doi:10.5555/3546258");
        assertThat(read.venue()).isEqualTo("ICML 2021");
        assertThat(read.keywords()).containsExactly("Machine learning", "Causality");
    }

    @Test
    void lowerCaseNamesAndTheOlderDateAndDescriptionTagsCountToo() {
        PartialPublication read = reader.read(Jsoup.parse("""
                <meta name="dc.title" content="A title">
                <meta name="dcterms.creator" content="Zoë Hartmann">
                <meta name="dc.date" content="2020">
                <meta name="dc.description" content="An abstract.">""", "https://www.example.org/"));

        assertThat(read.title()).isEqualTo("A title");
        assertThat(read.authors()).containsExactly("Zoë Hartmann");
        assertThat(read.date()).isEqualTo("2020");
        assertThat(read.abstractText()).isEqualTo("An abstract.");
        assertThat(read.doi()).isNull();
    }

    @Test
    void aPageWithoutDublinCoreGivesNothing() {
        PartialPublication read = reader.read(Jsoup.parse("<title>Only a title</title>", "https://www.example.org/"));

        assertThat(read.title()).isNull();
        assertThat(read.authors()).isEmpty();
    }
}
