package org.pubharvest.transform.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pubharvest.ingest.extract.JobCardExtractor;
import org.pubharvest.ingest.extract.JobDetailExtractor;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.samplesite.SamplePage;
import org.pubharvest.ingest.samplesite.SampleSite;
import org.pubharvest.ingest.site.SiteProfile;
import org.pubharvest.ingest.site.SiteProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every careers listing page and job detail page of the bundled sample site, through
 * extraction, normalization, merging and dedupe, against the answer key
 * ({@code expected/jobs.jsonl}), which was written from the data the pages were made from.
 */
class JobsAnswerKeyTest {

    private static final SampleSite SITE = SampleSite.bundled();
    private static final SiteProfile SCIENCE = SiteProfiles.amazonScience();
    private static final SiteProfile JOBS = SiteProfiles.amazonJobs();
    private static final Map<String, JobPosting> HARVESTED = harvest();

    static Stream<JsonNode> expectedPostings() {
        String jsonl = new String(SITE.read("expected/jobs.jsonl"), StandardCharsets.UTF_8);
        JsonMapper json = JsonMapper.builder().build();
        return jsonl.lines().filter(line -> !line.isBlank()).map(json::readTree);
    }

    @Test
    void onePostingPerJobIdAndNoneLeftOver() {
        assertThat(HARVESTED.keySet()).containsExactlyInAnyOrderElementsOf(
                expectedPostings().map(e -> e.get("jobId").asString()).toList());
        assertThat(HARVESTED).hasSizeGreaterThanOrEqualTo(60);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("expectedPostings")
    void everyFieldMatchesTheAnswerKey(JsonNode expected) {
        JobPosting posting = HARVESTED.get(expected.get("jobId").asString());

        assertThat(posting).as("posting %s", expected.get("jobId")).isNotNull();
        assertThat(posting.url()).isEqualTo(expected.get("url").asString());
        assertThat(posting.title()).isEqualTo(expected.get("title").asString());
        assertThat(posting.company()).isEqualTo(text(expected, "company"));
        assertThat(posting.team()).isEqualTo(text(expected, "team"));
        assertThat(posting.location()).isEqualTo(new Location(expected.get("country").asString(),
                text(expected, "region"), text(expected, "city")));
        assertThat(posting.locationProblem()).isNull();
        assertThat(String.valueOf(posting.postedDate())).isEqualTo(expected.get("postedDate").asString());
        assertThat(posting.description()).isEqualTo(expected.get("description").asString());
        assertThat(posting.descriptionTruncated()).isEqualTo(expected.get("truncated").asBoolean());
        assertThat(posting.sections()).isEqualTo(new JobSections(text(expected, "responsibilities"),
                text(expected, "dayInTheLife"), text(expected, "aboutTheTeam")));
        assertThat(posting.basicQualifications()).isEqualTo(strings(expected.get("basicQualifications")));
        assertThat(posting.preferredQualifications()).isEqualTo(strings(expected.get("preferredQualifications")));
        assertThat(posting.fromDetailPage()).isEqualTo(expected.get("detailPage").asBoolean());
    }

    /** What a harvest of the sample site would load, without the database. */
    private static Map<String, JobPosting> harvest() {
        JobCardExtractor cards = new JobCardExtractor(SCIENCE.jobCards(), JOBS.jobDetail());
        JobDetailExtractor details = new JobDetailExtractor(JOBS.jobDetail());
        JobPostingNormalizer normalizer = new JobPostingNormalizer();
        List<NormalizedJobPosting> outcomes = new ArrayList<>();
        for (SamplePage page : SITE.pages()) {
            FetchedPage fetched = new FetchedPage(page.canonicalUrl(), 200, page.contentType(), null, null,
                    SITE.read(page.file()), Instant.EPOCH);
            if (SCIENCE.isJobListingUrl(page.canonicalUrl())) {
                cards.extract(fetched).forEach(card -> outcomes.add(normalizer.card(card)));
            } else if (JOBS.isJobDetailUrl(page.canonicalUrl())) {
                outcomes.add(normalizer.detail(details.extract(fetched)));
            }
        }
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(NormalizedJobPosting.Accepted.class));
        List<JobPosting> postings = outcomes.stream().map(o -> ((NormalizedJobPosting.Accepted) o).posting()).toList();
        return JobPostings.dedupe(postings).stream().collect(Collectors.toMap(JobPosting::jobId, Function.identity()));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
