package org.pubharvest.ingest.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pubharvest.ingest.site.SiteProfiles;

/** Blog posts of the sample site: byline, tag, the paper they link and the people they name as its authors. */
class BlogPostExtractorTest {

    private static final String BLOG = "https://www.amazon.science/blog/";
    private final BlogPostExtractor extractor = new BlogPostExtractor(SiteProfiles.amazonScience());

    @Test
    void readsTheBylineTheTagAndThePaper() {
        ScrapedBlogPost post = extractor.extract(SamplePages.fetched(
                BLOG + "new-technique-detects-all-the-direct-causal-features-of-a-target-time-series"));

        assertThat(post.title()).isEqualTo("New technique detects all the direct causal features of a target time series");
        assertThat(post.subtitle()).startsWith("Method requires only two conditional-independence tests");
        assertThat(post.authors()).containsExactly("Atalanti Mastakouri", "Dominik Janzing");
        assertThat(post.date()).isEqualTo("July 21, 2021");
        assertThat(post.researchArea().name()).isEqualTo("Machine learning");
        assertThat(post.researchArea().url()).isEqualTo("https://www.amazon.science/research-areas/machine-learning");
        assertThat(post.paperUrl()).isEqualTo("https://www.amazon.science/publications/"
                + "necessary-and-sufficient-conditions-for-causal-feature-selection-in-time-series-with-latent-common-causes");
        assertThat(post.paperAuthorsNamed()).isEqualTo("Atalanti A. Mastakouri, Bernhard Schölkopf and Dominik Janzing");
    }

    @Test
    void theSentenceNamingThePaperAuthorsEndsAtItsFullStopOrSemicolon() {
        assertThat(extractor.extract(SamplePages.fetched(BLOG + "how-to-promise-delivery-dates-customers-can-count-on"))
                .paperAuthorsNamed()).isEqualTo("George Forman, Lucía Fernández and Mark Whitaker");
        assertThat(extractor.extract(SamplePages.fetched(BLOG + "using-learning-to-rank-to-precisely-locate-where-to-deliver-packages"))
                .paperAuthorsNamed()).isEqualTo("George Forman");
    }

    @Test
    void aPostThatDoesNotSayWhoWroteThePaperNamesNobodyAndOneWithoutAPaperLinkHasNone() {
        assertThat(extractor.extract(SamplePages.fetched(BLOG + "telling-confounders-from-causes-in-time-series"))
                .paperAuthorsNamed()).isNull();
        assertThat(extractor.extract(SamplePages.fetched(BLOG + "how-to-promise-delivery-dates-customers-can-count-on"))
                .paperUrl()).isNull();
    }
}
