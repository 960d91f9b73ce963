package org.pubharvest.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.pubharvest.ingest.site.SiteProfiles;

/** Job cards found by what they hold, in markup the profile's selectors do not know. */
class JobCardExtractorTest {

    private static final String PAGE = "https://www.amazon.science/blog/some-post";
    private static final String DESCRIPTION = "Key job responsibilities Build models that ship. About the team We are a team.";

    private final JobCardExtractor extractor = new JobCardExtractor(SiteProfiles.amazonScience().jobCards(),
            SiteProfiles.amazonJobs().jobDetail());

    @Test
    void aCardIsAJobLinkWithALocationLineAndADescriptionInAnyElements() {
        List<ScrapedJobCard> cards = extract("""
                <section><h2>Related content</h2>
                <div class="x1"><h3><a href="https://www.amazon.jobs/jobs/2934570/applied-scientist?cmpid=bsp-amazon-science">Applied Scientist</a></h3>
                  <span>US, WA, Seattle</span><p>%s</p></div>
                <li><strong><a href="https://www.amazon.jobs/en/jobs/3021968/robotics">Robotics Scientist</a></strong><br>IN, Chennai<br>%s<small>Posted March 4, 2026</small></li>
                </section>""".formatted(DESCRIPTION, DESCRIPTION));

        assertThat(cards).extracting(ScrapedJobCard::jobId, ScrapedJobCard::title, ScrapedJobCard::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2934570", "Applied Scientist", "US, WA, Seattle"),
                        org.assertj.core.groups.Tuple.tuple("3021968", "Robotics Scientist", "IN, Chennai"));
        assertThat(cards.get(0).description()).isEqualTo(DESCRIPTION);
        assertThat(cards.get(1).description()).isEqualTo(DESCRIPTION);
        assertThat(cards.get(1).posted()).isEqualTo("Posted March 4, 2026");
    }

    @Test
    void aJobLinkWithoutALocationAndADescriptionIsNoCard() {
        assertThat(extract("<p>See our <a href=\"https://www.amazon.jobs/jobs/2934570/x\">open role</a> today.</p>")).isEmpty();
    }

    private List<ScrapedJobCard> extract(String body) {
        return extractor.extract(Jsoup.parse("<html><body>" + body + "</body></html>", PAGE), PAGE);
    }
}
