package org.pubharvest.transform.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pubharvest.ingest.extract.ScrapedPublication;
import org.pubharvest.ingest.metadata.ResearchAreaLink;
import org.pubharvest.transform.area.ResearchArea;
import org.pubharvest.transform.venue.Venue;

class PublicationNormalizerTest {

    private static final String URL = "https://www.amazon.science/publications/fast-and-cheap-storage";
    private static final Instant FETCHED_AT = Instant.parse("2024-05-01T10:15:30Z");
    private static final String CONTENT_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final ResearchArea CLOUD_AND_SYSTEMS = new ResearchArea("cloud-and-systems", "Cloud and systems");
    private static final ResearchArea MACHINE_LEARNING = new ResearchArea("machine-learning", "Machine learning");

    private final PublicationNormalizer normalizer = PublicationNormalizer.withBundledCatalogs();

    @Test
    void aCompletePageBecomesAPublicationFieldByField() {
        Page page = new Page();
        page.title = "  Fast\u00A0and\ncheap   storage\u200B ";
        page.authors = List.of("Jane Doe", "Scho\u0308lkopf, Bernhard", "  John   Roe ");
        page.venue = "SOSP '21: ACM SIGOPS 28th Symposium on Operating Systems Principles";
        page.date = "October 26, 2021";
        page.abstractText = " We store\n things.\n\n  Cheaply. ";
        page.pdfUrl = " https://assets.amazon.science/fast-and-cheap-storage.pdf ";
        page.doi = "https://doi.org/10.1145/3477132.ABC";
        page.researchAreas = List.of(new ResearchAreaLink("Cloud and systems", "/research-areas/cloud-and-systems"));

        Publication publication = accepted(page);

        assertThat(publication.url()).isEqualTo(URL);
        assertThat(publication.title()).isEqualTo("Fast and cheap storage");
        assertThat(publication.authors()).containsExactly("Jane Doe", "Bernhard Sch\u00F6lkopf", "John Roe");
        assertThat(publication.venue())
                .isEqualTo(new Venue("sosp", "SOSP", "ACM Symposium on Operating Systems Principles"));
        assertThat(publication.venueAsStated())
                .isEqualTo("SOSP '21: ACM SIGOPS 28th Symposium on Operating Systems Principles");
        assertThat(publication.year()).isEqualTo(2021);
        assertThat(publication.date()).isEqualTo(LocalDate.of(2021, 10, 26));
        assertThat(publication.researchAreas()).containsExactly(CLOUD_AND_SYSTEMS);
        assertThat(publication.abstractText()).isEqualTo("We store things.\n\nCheaply.");
        assertThat(publication.pdfUrl()).isEqualTo("https://assets.amazon.science/fast-and-cheap-storage.pdf");
        assertThat(publication.doi()).isEqualTo("10.1145/3477132.abc");
        assertThat(publication.contentHash()).isEqualTo(CONTENT_HASH);
        assertThat(publication.fetchedAt()).isEqualTo(FETCHED_AT);
    }

    @Test
    void authorsKeepPageOrderWithSeparatorsAndRepeatsDropped() {
        Page page = new Page();
        page.authors = List.of("Sch\u00F6lkopf, Bernhard", "and Jane Doe", " ; ", "Bernhard Scho\u0308lkopf",
                "Jane Doe,", "& John Roe", "John Smith, Jr.", "", "Roe, John");

        assertThat(accepted(page).authors())
                .containsExactly("Bernhard Sch\u00F6lkopf", "Jane Doe", "John Roe", "John Smith, Jr.");
    }

    @Test
    void theYearComesFromTheVenueWhenThePageStatesNoDate() {
        Page page = new Page();
        page.venue = "NeurIPS 2020";
        page.date = null;

        Publication publication = accepted(page);

        assertThat(publication.year()).isEqualTo(2020);
        assertThat(publication.date()).isNull();
        assertThat(publication.venue().key()).isEqualTo("neurips");
        assertThat(publication.venueAsStated()).isEqualTo("NeurIPS 2020");
    }

    @Test
    void theYearComesFromTheVenueWhenTheDateCannotBeRead() {
        Page page = new Page();
        page.venue = "SOSP '21";
        page.date = "Smarch 3";

        Publication publication = accepted(page);

        assertThat(publication.year()).isEqualTo(2021);
        assertThat(publication.date()).isNull();
    }

    @Test
    void aReadableDateWinsOverTheYearInTheVenue() {
        Page page = new Page();
        page.venue = "NeurIPS 2020";
        page.date = "2021-01-15";

        Publication publication = accepted(page);

        assertThat(publication.year()).isEqualTo(2021);
        assertThat(publication.date()).isEqualTo(LocalDate.of(2021, 1, 15));
    }

    @Test
    void aDateWithOnlyAYearGivesTheYearAndNoDay() {
        Page page = new Page();
        page.date = "2019";

        Publication publication = accepted(page);

        assertThat(publication.year()).isEqualTo(2019);
        assertThat(publication.date()).isNull();
    }

    @Test
    void aPageWithoutVenueHasNoVenue() {
        Page page = new Page();
        page.venue = "  ";

        Publication publication = accepted(page);

        assertThat(publication.venue()).isNull();
        assertThat(publication.venueAsStated()).isNull();
    }

    @Test
    void researchAreasComeFromTheTagsWithoutRepeatsAndKeywordsAreThenIgnored() {
        Page page = new Page();
        page.researchAreas = List.of(
                new ResearchAreaLink("Machine learning", "https://www.amazon.science/research-areas/machine-learning"),
                new ResearchAreaLink("ML", null),
                new ResearchAreaLink("Human-computer interaction", "/research-areas/human-computer-interaction"));
        page.keywords = List.of("Cloud computing");

        assertThat(accepted(page).researchAreas()).containsExactly(MACHINE_LEARNING,
                new ResearchArea("human-computer-interaction", "Human-computer interaction"));
    }

    @Test
    void withoutTagsResearchAreasComeFromKeywordsThatNameKnownAreas() {
        Page page = new Page();
        page.keywords = List.of("transformers", "Cloud computing", "ML", "machine learning", "storage");

        assertThat(accepted(page).researchAreas()).containsExactly(CLOUD_AND_SYSTEMS, MACHINE_LEARNING);
    }

    @Test
    void withoutTagsOrKnownKeywordsThereAreNoResearchAreas() {
        Page page = new Page();
        page.keywords = List.of("transformers", "storage");

        assertThat(accepted(page).researchAreas()).isEmpty();
    }

    @Test
    void optionalFieldsThePageLacksStayNull() {
        Page page = new Page();
        page.abstractText = " \n\n ";
        page.pdfUrl = null;
        page.doi = "not a doi";

        Publication publication = accepted(page);

        assertThat(publication.abstractText()).isNull();
        assertThat(publication.pdfUrl()).isNull();
        assertThat(publication.doi()).isNull();
    }

    @Test
    void aPageWithoutATitleIsRejected() {
        Page page = new Page();
        page.title = " \u00A0\u200B ";

        assertThat(normalizer.normalize(page.scraped()))
                .isEqualTo(new NormalizedPublication.Rejected(URL, "no title on the page"));
    }

    @Test
    void aTitleTooLongToBeATitleIsRejected() {
        Page page = new Page();
        page.title = "word ".repeat(500);

        assertThat(normalizer.normalize(page.scraped())).isEqualTo(new NormalizedPublication.Rejected(URL,
                "title longer than 2000 characters: not a publication page"));
    }

    @Test
    void aPageWithNoDateAndNoYearInItsVenueIsRejected() {
        Page page = new Page();
        page.date = null;
        page.venue = "Journal of Imaginary Results";

        assertThat(normalizer.normalize(page.scraped()))
                .isEqualTo(new NormalizedPublication.Rejected(URL, "no publication date or year on the page"));
    }

    @Test
    void aPageWhoseDateCannotBeReadAndWhichNamesNoYearIsRejectedWithTheDate() {
        Page page = new Page();
        page.date = "Smarch 3, 20X1";
        page.venue = null;

        assertThat(normalizer.normalize(page.scraped())).isEqualTo(
                new NormalizedPublication.Rejected(URL, "publication date not understood: 'Smarch 3, 20X1'"));
    }

    @Test
    void anAcceptedPublicationKeepsThePageUrl() {
        assertThat(normalizer.normalize(new Page().scraped()).url()).isEqualTo(URL);
    }

    private Publication accepted(Page page) {
        NormalizedPublication normalized = normalizer.normalize(page.scraped());
        assertThat(normalized).isInstanceOf(NormalizedPublication.Accepted.class);
        return ((NormalizedPublication.Accepted) normalized).publication();
    }

    /** A scraped page with a title and a date; tests change what they are about. */
    private static final class Page {
        String title = "Fast and cheap storage";
        List<String> authors = List.of("Jane Doe");
        String venue = null;
        String date = "2021-10-26";
        String abstractText = null;
        String pdfUrl = null;
        String doi = null;
        List<String> keywords = new ArrayList<>();
        List<ResearchAreaLink> researchAreas = new ArrayList<>();

        ScrapedPublication scraped() {
            return new ScrapedPublication(URL, FETCHED_AT, CONTENT_HASH, title, authors, venue, date, abstractText,
                    pdfUrl, doi, keywords, researchAreas, null, List.of(), Map.of("title", "citation_title"), List.of());
        }
    }
}
