package org.pubharvest.ingest.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SiteProfilesTest {

    private static final String VALID_PROFILE = """
            name: test-site
            canonical-base-url: https://www.example.org
            hosts:
              - www.example.org
            publication-url: "https://www\\\\.example\\\\.org/papers/[^/?#]+"
            publication-listing:
              start-url: https://www.example.org/papers
              year-filter-option: ".filters a.year"
              next-page: "a.next"
              detail-link: ".results a"
            publication-selectors:
              title: "h1.title"
              abstract: ".abstract"
            """;

    private final SiteProfile amazonScience = SiteProfiles.amazonScience();

    @Test
    void bundledAmazonScienceProfileLoads() {
        assertThat(amazonScience.name()).isEqualTo("amazon-science");
        assertThat(amazonScience.canonicalBaseUrl()).isEqualTo("https://www.amazon.science");
        assertThat(amazonScience.hosts()).containsExactly("www.amazon.science");
        assertThat(amazonScience.publicationListing().startUrl()).isEqualTo("https://www.amazon.science/publications");
        assertThat(amazonScience.publicationListing().nextPage()).isEqualTo("nav.Pagination a.Pagination-next");
        assertThat(amazonScience.publicationListing().detailLink())
                .isEqualTo(".SearchResultsModule-results a[href*=/publications/]");
        assertThat(amazonScience.publicationListing().yearFilterOption())
                .isEqualTo(".SearchFilter[data-filter-name=year] a.SearchFilter-option");
    }

    @Test
    void bundledProfileHasEveryPublicationSelector() {
        PublicationSelectors selectors = amazonScience.publicationSelectors();

        assertThat(selectors.title()).isEqualTo("h1.PublicationPage-title");
        assertThat(selectors.authors()).isEqualTo(".PublicationPage-authors .PublicationPage-author");
        assertThat(selectors.venue()).isEqualTo(".PublicationPage-meta .PublicationPage-venue");
        assertThat(selectors.date()).isEqualTo(".PublicationPage-meta .PublicationPage-date");
        assertThat(selectors.researchAreas()).isEqualTo(".PublicationPage-researchAreas a[href*=/research-areas/]");
        assertThat(selectors.abstractText()).isEqualTo(".PublicationPage-abstract");
        assertThat(selectors.pdfUrl()).isEqualTo("a.PublicationPage-download[href]");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://www.amazon.science/publications/a-map-of-bandits-for-e-commerce",
            "https://www.amazon.science/publications/a-map-of-bandits-for-e-commerce/"})
    void detailPagesArePublicationUrls(String url) {
        assertThat(amazonScience.isPublicationUrl(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://www.amazon.science/publications",
            "https://www.amazon.science/publications/",
            "https://www.amazon.science/publications?p=2",
            "https://www.amazon.science/publications/a-map-of-bandits-for-e-commerce/extra",
            "https://www.amazon.science/publications/a-map-of-bandits-for-e-commerce?utm_source=x",
            "https://www.amazon.science/blog/a-map-of-bandits-for-e-commerce",
            "https://www.amazonXscience/publications/a-map-of-bandits-for-e-commerce",
            "http://www.amazon.science/publications/a-map-of-bandits-for-e-commerce"})
    void otherPagesAreNotPublicationUrls(String url) {
        assertThat(amazonScience.isPublicationUrl(url)).isFalse();
    }

    @Test
    void nullIsNotAPublicationUrl() {
        assertThat(amazonScience.isPublicationUrl(null)).isFalse();
    }

    @Test
    void profileReadFromYamlText() {
        SiteProfile profile = read(VALID_PROFILE);

        assertThat(profile.name()).isEqualTo("test-site");
        assertThat(profile.isPublicationUrl("https://www.example.org/papers/one")).isTrue();
        assertThat(profile.publicationSelectors().abstractText()).isEqualTo(".abstract");
        assertThat(profile.publicationSelectors().venue()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            next-page: "a.next"      | next-page: "a.next["  | next-page
            title: "h1.title"        | title: "h1..title"    | title
            """)
    void invalidSelectorIsRefusedNamingTheField(String validLine, String brokenLine, String field) {
        String yaml = VALID_PROFILE.replace(validLine, brokenLine);

        assertThatIllegalArgumentException().isThrownBy(() -> read(yaml))
                .withMessageStartingWith("site profile broken.yaml is not valid")
                .withMessageContaining("'" + field + "'");
    }

    @Test
    void missingRequiredFieldFailsNamingTheField() {
        String yaml = VALID_PROFILE.replace("  start-url: https://www.example.org/papers\n", "");

        assertThatIllegalArgumentException().isThrownBy(() -> read(yaml))
                .withMessageContaining("start-url");
    }

    @Test
    void unknownKeyFails() {
        String yaml = VALID_PROFILE + "publication-colour: blue\n";

        assertThatIllegalArgumentException().isThrownBy(() -> read(yaml))
                .withMessageContaining("broken.yaml")
                .withMessageContaining("publication-colour");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(a+)+$", "(x+x+)+y", "(.*a){20}", "((a+)*)*b", "https://www\\.example\\.org/(\\w+\\s?)+$"})
    void patternThatBacktracksCatastrophicallyIsRefusedAtLoadNamingFileKeyAndPattern(String pattern) {
        String yaml = VALID_PROFILE.replace("publication-url: \"https://www\\\\.example\\\\.org/papers/[^/?#]+\"",
                "publication-url: '" + pattern + "'");

        assertThatIllegalArgumentException().isThrownBy(() -> read(yaml))
                .withMessageStartingWith("site profile broken.yaml is not valid: pattern at 'publication-url' "
                        + "backtracks catastrophically")
                .withMessageEndingWith(": " + pattern)
                .withMessageNotContaining("\n");
    }

    @Test
    void patternInsideAListIsNamedByItsPlaceInTheList() {
        String yaml = VALID_PROFILE + """
                blog-posts:
                  url: "https://www\\\\.example\\\\.org/blog/[^/]+"
                  title: "h1"
                  body: "article p"
                  paper-authors: '(?<names>(.*a){20})'
                """;

        assertThatIllegalArgumentException().isThrownBy(() -> read(yaml))
                .withMessage("site profile broken.yaml is not valid: pattern at 'blog-posts.paper-authors' backtracks "
                        + "catastrophically (it read a run of 12 'a' over 100 times): (?<names>(.*a){20})");
    }

    @Test
    void theBundledProfilesPatternsPassTheProbe() {
        for (String resource : new String[] {SiteProfiles.AMAZON_SCIENCE, SiteProfiles.AMAZON_JOBS, SiteProfiles.ARXIV,
                SiteProfiles.GENERIC}) {
            assertThat(SiteProfiles.fromClasspath(resource)).as(resource).isNotNull();
        }
    }

    @Test
    void invalidPatternIsRefusedNamingItsKey() {
        String yaml = VALID_PROFILE.replace("[^/?#]+", "[^/?#+");

        assertThatIllegalArgumentException().isThrownBy(() -> read(yaml))
                .withMessageStartingWith("site profile broken.yaml is not valid: pattern at 'publication-url' is not "
                        + "a valid regular expression");
    }

    private static SiteProfile read(String yaml) {
        return SiteProfiles.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "broken.yaml");
    }
}
