package org.pubharvest.config.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pubharvest.config.job.RunOutcome;
import org.springframework.batch.core.BatchStatus;

class HarvestMetricsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            HTTP 404                                                   | HTTP 404
            no title                                                   | no title
            not on an allowed site: https://evil.example.org/x?id=1    | not on an allowed site
            extraction took longer than 10s (the limit)                | extraction took longer than 10s
            """)
    void aRejectReasonIsTaggedByItsHeadWithoutUrlsOrDetails(String reason, String tag) {
        assertThat(HarvestMetrics.reasonTag(reason)).isEqualTo(tag);
    }

    @Test
    void aLongReasonIsCutSoThatItsTagStaysShort() {
        assertThat(HarvestMetrics.reasonTag("x".repeat(500))).hasSize(60);
        assertThat(HarvestMetrics.reasonTag(null)).isEmpty();
    }

    @Test
    void theSourcesOfARunAreReadFromItsParametersAsStatusPrintsThem() {
        assertThat(HarvestMetrics.sourcesOf("sources=publications,rankings,jobs year=2021"))
                .containsExactly("publications", "rankings", "jobs");
        assertThat(HarvestMetrics.sourcesOf("year=2021")).isEqualTo(List.of());
    }

    @Test
    void eachOutcomeHasItsOwnTag() {
        assertThat(HarvestMetrics.outcomeTag(new RunOutcome.Completed())).isEqualTo("completed");
        assertThat(HarvestMetrics.outcomeTag(new RunOutcome.TooManyRejects(5, 10, 0.2))).isEqualTo("too_many_rejects");
        assertThat(HarvestMetrics.outcomeTag(new RunOutcome.Drifted(List.of("drift: x")))).isEqualTo("drift");
        assertThat(HarvestMetrics.outcomeTag(new RunOutcome.NotCompleted(BatchStatus.FAILED))).isEqualTo("not_completed");
    }
}
