package org.pubharvest.transform.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.pubharvest.ingest.extract.PublicationExtractor;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.site.SiteProfile;
import org.pubharvest.ingest.site.SiteProfiles;

/**
 * Sites other than Amazon Science: arXiv abstract pages through the arXiv profile (citation_*
 * tags with "Last, First" authors, labels inside the markup), and any other page through the
 * generic profile (standard metadata only). The profile is picked by the url's host.
 */
class OtherSitesTest {

    private static final PublicationNormalizer NORMALIZER = PublicationNormalizer.withBundledCatalogs();

    @Test
    void theProfileIsPickedByHost() {
        assertThat(SiteProfiles.forUrl("https://arxiv.org/abs/2106.12345").name()).isEqualTo("arxiv");
        assertThat(SiteProfiles.forUrl("https://www.amazon.science/publications/x").name()).isEqualTo("amazon-science");
        assertThat(SiteProfiles.forUrl("https://www.example.org/papers/42").name()).isEqualTo("generic");
    }

    @Test
    void anArxivPageWithCitationTagsAndAJournalReference() throws IOException {
        Publication paper = extract("https://arxiv.org/abs/2106.12345", "2106.12345.html");

        assertThat(paper.title()).isEqualTo(
                "Necessary and sufficient conditions for causal feature selection in time series with latent common causes");
        assertThat(paper.authors()).containsExactly("Atalanti A. Mastakouri", "Bernhard Schölkopf", "Dominik Janzing");
        assertThat(paper.date()).hasToString("2021-06-23");
        assertThat(paper.venue().key()).isEqualTo("icml");
        assertThat(paper.abstractText()).startsWith("We study the identification of direct and indirect causes");
        assertThat(paper.pdfUrl()).isEqualTo("https://arxiv.org/pdf/2106.12345");
        assertThat(paper.doi()).isNull();
    }

    @Test
    void anArxivPageWhoseAbstractIsOnlyInTheMarkupLosesItsLabelAndOddWhitespace() throws IOException {
        Publication paper = extract("https://arxiv.org/abs/2110.06789", "2110.06789.html");

        assertThat(paper.title()).isEqualTo("Contextual rephrase detection & friction in dialogue systems");
        assertThat(paper.authors()).containsExactly("Zhuoyi Wang", "Saurabh Gupta", "Chenlei Guo");
        assertThat(paper.abstractText()).isEqualTo("For voice assistants like Alexa, correctly interpreting users\u2019 "
                + "intentions is of utmost importance. Users tend to rephrase their query until they get a satisfactory response.");
        assertThat(paper.venue().acronym()).isEqualTo("EMNLP");
        assertThat(paper.doi()).isEqualTo("10.18653/v1/2021.emnlp-main.143");
    }

    @Test
    void anArxivPreprintWithoutVenueOrAbstractTag() throws IOException {
        Publication paper = extract("https://arxiv.org/abs/2301.00042", "2301.00042.html");

        assertThat(paper.authors()).containsExactly("Łukasz Wróbel", "Zoë Hartmann");
        assertThat(paper.year()).isEqualTo(2023);
        assertThat(paper.venue()).isNull();
        assertThat(paper.abstractText()).startsWith("Near-term quantum processors are noisy.");
    }

    @Test
    void anyOtherSiteIsReadFromItsStandardMetadata() {
        String html = """
                <html><head>
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"ScholarlyArticle",
                  "headline":"Robust pricing under heavy tails","datePublished":"2022-03-01",
                  "author":[{"@type":"Person","name":"Céline Dubois"}],"isPartOf":{"@type":"Periodical","name":"Management Science"}}
                </script></head><body><h1>Robust pricing under heavy tails</h1></body></html>""";
        SiteProfile generic = SiteProfiles.forUrl("https://www.example.org/papers/42");

        Publication paper = accepted(generic, "https://www.example.org/papers/42", html.getBytes(StandardCharsets.UTF_8));

        assertThat(paper.title()).isEqualTo("Robust pricing under heavy tails");
        assertThat(paper.authors()).containsExactly("Céline Dubois");
        assertThat(paper.venue().name()).isEqualTo("Management Science");
        assertThat(paper.date()).hasToString("2022-03-01");
    }

    private static Publication extract(String url, String fixture) throws IOException {
        try (InputStream in = OtherSitesTest.class.getResourceAsStream("/fixtures/arxiv/" + fixture)) {
            return accepted(SiteProfiles.forUrl(url), url, in.readAllBytes());
        }
    }

    private static Publication accepted(SiteProfile profile, String url, byte[] body) {
        assertThat(profile.isPublicationUrl(url)).as(url + " is a publication page of " + profile.name()).isTrue();
        NormalizedPublication result = NORMALIZER.normalize(new PublicationExtractor(profile)
                .extract(new FetchedPage(url, 200, "text/html; charset=utf-8", null, null, body, Instant.now())));
        assertThat(result).isInstanceOf(NormalizedPublication.Accepted.class);
        return ((NormalizedPublication.Accepted) result).publication();
    }
}
