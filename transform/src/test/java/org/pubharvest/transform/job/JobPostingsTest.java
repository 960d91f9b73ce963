package org.pubharvest.transform.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pubharvest.ingest.extract.ScrapedJobCard;
import org.pubharvest.ingest.extract.ScrapedJobDetail;

class JobPostingsTest {

    private static final String DETAIL_URL = "https://www.amazon.jobs/en/jobs/3021968/applied-scientist-frontier-ai-robotics";
    private final JobPostingNormalizer normalizer = new JobPostingNormalizer();

    @Test
    void theDetailPageWinsWhereBothHaveAFieldAndTheCardFillsTheRest() {
        JobPosting card = card("Applied Scientist, Frontier AI & Robotics", "IL, Tel Aviv",
                "Join us. Key job responsibilities - Build robots", "Posted March 4, 2026");
        JobPosting detail = detail("Tel Aviv-Yafo, Tel Aviv, ISR", "Join us. Key job responsibilities - Build robots. "
                + "About the team We build robots.");

        JobPosting merged = JobPostings.merge(card, detail);

        assertThat(merged).isEqualTo(JobPostings.merge(detail, card));
        assertThat(merged.company()).isEqualTo("Amazon.com Services LLC");
        assertThat(merged.location()).isEqualTo(new Location("IL", "Tel Aviv", "Tel Aviv-Yafo"));
        assertThat(merged.description()).endsWith("We build robots.");
        assertThat(merged.descriptionTruncated()).isFalse();
        assertThat(merged.sections().aboutTheTeam()).isEqualTo("We build robots.");
        assertThat(merged.postedDate()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(merged.basicQualifications()).containsExactly("PhD in robotics", "Python");
        assertThat(merged.fromDetailPage()).isTrue();
        assertThat(merged.url()).isEqualTo(DETAIL_URL);
    }

    @Test
    void theSameCardSeenTwiceIsOneRecord() {
        JobPosting card = card("Applied Scientist, Frontier AI & Robotics", "US, CA, San Francisco",
                "Join the next revolution in robotics.", null);
        JobPosting other = card("Senior Applied Scientist, Prime Video", "US, WA, Seattle", "Prime Video is great.", null,
                "3055102");

        assertThat(JobPostings.dedupe(List.of(card, other, card))).containsExactly(card, other);
    }

    @Test
    void ofTwoCardsTheWholeDescriptionWinsAndACutOneIsKeptAndFlagged() {
        JobPosting cut = card("Applied Scientist, Amazon Business", "IN, TS, Hyderabad",
                "Do you want to join an innovative team of scientists who leverage machine learning and", null);
        JobPosting whole = card("Applied Scientist, Amazon Business", "IN, TS, Hyderabad",
                "Do you want to join an innovative team of scientists?", null);

        assertThat(cut.descriptionTruncated()).isTrue();
        assertThat(cut.description()).startsWith("Do you want to join");
        assertThat(JobPostings.dedupe(List.of(cut, whole))).containsExactly(whole);
        assertThat(JobPostings.dedupe(List.of(cut))).containsExactly(cut);
    }

    @Test
    void aDescriptionEndingInAUrlOrAnEllipsisIsJudgedRightly() {
        assertThat(card("A, B", "US", "please visit https://www.amazon.science", null).descriptionTruncated()).isFalse();
        assertThat(card("A, B", "US", "We build robots and…", null).descriptionTruncated()).isTrue();
        assertThat(card("A, B", "US", "We build robots...", null).descriptionTruncated()).isTrue();
    }

    @Test
    void theTeamIsTheTitlesSuffixOrTheNameAboutTheTeamOpensWith() {
        assertThat(card("Sr. Research Scientist, Amazon Leo Global Demand Planning", "US", "Intro.", null).team())
                .isEqualTo("Amazon Leo Global Demand Planning");
        assertThat(card("Principal Applied Scientist - Last Mile Science", "US", "Intro.", null).team())
                .isEqualTo("Last Mile Science");
        assertThat(card("Research Scientist", "US", "Intro. About the team The Alexa Shopping team builds voice shopping.",
                null).team()).isEqualTo("Alexa Shopping");
        assertThat(card("Research Scientist", "US", "Intro.", null).team()).isNull();
    }

    @Test
    void anUnknownCountryKeepsThePostingWithTheReason() {
        JobPosting posting = card("A, B", "XX, Nowhere", "Intro.", null);

        assertThat(posting.location()).isNull();
        assertThat(posting.locationAsStated()).isEqualTo("XX, Nowhere");
        assertThat(posting.locationProblem()).isEqualTo("unknown country 'XX' in location 'XX, Nowhere'");
    }

    @Test
    void cardsWithoutAJobLinkAndPagesThatContradictTheirUrlAreRejected() {
        assertThat(normalizer.card(new ScrapedJobCard("https://www.amazon.science/careers", "https://example.org/x",
                null, null, "Title", "US", "Intro.", null))).isInstanceOf(NormalizedJobPosting.Rejected.class);
        assertThat(normalizer.detail(new ScrapedJobDetail(DETAIL_URL, "3021968", "9999999", "T", null, "US", null, null,
                null, "Intro.", null, List.of(), List.of())))
                .isEqualTo(new NormalizedJobPosting.Rejected("the page states job id 9999999 but its url has 3021968"));
    }

    @Test
    void mergingTwoDifferentJobsIsAMistake() {
        JobPosting one = card("A, B", "US", "Intro.", null);
        JobPosting other = card("A, B", "US", "Intro.", null, "1234567");

        assertThatThrownBy(() -> JobPostings.merge(one, other)).isInstanceOf(IllegalArgumentException.class);
    }

    private JobPosting card(String title, String location, String description, String posted) {
        return card(title, location, description, posted, "3021968");
    }

    private JobPosting card(String title, String location, String description, String posted, String jobId) {
        String url = "https://www.amazon.jobs/en/jobs/" + jobId + "/slug";
        return accepted(normalizer.card(new ScrapedJobCard("https://www.amazon.science/careers",
                "https://www.amazon.jobs/jobs/" + jobId + "/slug?cmpid=bsp-amazon-science",
                jobId.equals("3021968") ? DETAIL_URL : url, jobId, title, location, description, posted)));
    }

    private JobPosting detail(String location, String description) {
        return accepted(normalizer.detail(new ScrapedJobDetail(DETAIL_URL, "3021968", "3021968",
                "Applied Scientist, Frontier AI & Robotics", "Amazon.com Services LLC", location, null, null, null,
                description, null, List.of("- PhD in robotics", "- Python"), List.of())));
    }

    private static JobPosting accepted(NormalizedJobPosting outcome) {
        assertThat(outcome).isInstanceOf(NormalizedJobPosting.Accepted.class);
        return ((NormalizedJobPosting.Accepted) outcome).posting();
    }
}
