package org.pubharvest.load.fill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pubharvest.load.run.HarvestRuns;
import org.pubharvest.load.run.RunCounts;
import org.pubharvest.load.support.TestWarehouse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Field fill counts survive a repeated chunk, and only completed runs with enough records are history. */
class FieldFillsTest {

    private static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");
    private static final RunCounts DONE = new RunCounts(0, 0, 0, 0, 0, 0, 0);

    private JdbcTemplate jdbc;
    private FieldFills fills;
    private HarvestRuns runs;

    @BeforeEach
    void freshWarehouse() {
        jdbc = TestWarehouse.create();
        fills = new FieldFills(jdbc);
        runs = new HarvestRuns(JdbcClient.create(jdbc));
    }

    @Test
    void aChunkWrittenTwiceByARestartCountsOnce() {
        List<PageFieldFill> chunk = List.of(page("a", 1), page("b", 0), new PageFieldFill("c", "publication", "abstract", 0, 0));
        fills.recordPages(1, chunk);
        fills.recordPages(1, chunk);
        fills.recordPages(1, List.of(page("d", 1)));

        fills.summarize(1);

        assertThat(fills.ofRun(1)).containsExactly(new KindFieldFill(1, "publication", "abstract", 4, 3, 2));
        assertThat(fills.ofRun(1).get(0).fillRate()).isEqualTo(2.0 / 3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM extract_page_fill", Integer.class)).isZero();
        fills.summarize(1);
        assertThat(fills.ofRun(1)).as("a report step run again writes the same totals").hasSize(1);
    }

    @Test
    void historyIsTheNewestCompletedRunsWithEnoughRecordsOtherThanTheOneChecked() {
        completedRun(1, 20, "COMPLETED", AT);
        completedRun(2, 20, "FAILED", AT.plusSeconds(10));
        completedRun(3, 5, "COMPLETED", AT.plusSeconds(20));
        completedRun(4, 20, "COMPLETED", AT.plusSeconds(30));
        completedRun(5, 20, "COMPLETED", AT.plusSeconds(40));

        assertThat(fills.history("publication", "abstract", 5, 3, 10)).extracting(KindFieldFill::runId)
                .containsExactly(4L, 1L);
        assertThat(fills.history("publication", "abstract", 5, 1, 10)).extracting(KindFieldFill::runId).containsExactly(4L);
        assertThat(fills.history("publication", "doi", 5, 3, 10)).isEmpty();
    }

    private void completedRun(long runId, int records, String status, Instant finished) {
        runs.started(runId, "harvest", "{}", finished.minusSeconds(5));
        for (int page = 0; page < records; page++) {
            fills.recordPages(runId, List.of(page("p" + page, 1)));
        }
        fills.summarize(runId);
        runs.finished(runId, status, DONE, finished);
    }

    private static PageFieldFill page(String url, int filled) {
        return new PageFieldFill(url, "publication", "abstract", 1, filled);
    }
}
