package org.pubharvest.load.frontier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pubharvest.load.frontier.Frontier.StateChange;
import org.pubharvest.load.run.HarvestRuns;
import org.pubharvest.load.support.TestWarehouse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

class FrontierTest {

    private static final Instant T1 = Instant.parse("2026-11-01T02:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-02T02:00:00Z");

    private JdbcTemplate jdbc;
    private Frontier frontier;

    @BeforeEach
    void warehouse() {
        jdbc = TestWarehouse.create();
        frontier = new Frontier(jdbc);
        HarvestRuns runs = new HarvestRuns(JdbcClient.create(jdbc));
        runs.started(1, "harvest", "", T1);
        runs.started(2, "harvest", "", T2);
    }

    @Test
    void aBatchWithRepeatedUrlsClaimsEachOnce() {
        frontier.discover(1, List.of(url("a"), url("b"), url("a"), url("c")), T1);

        assertThat(frontier.countByState(1)).containsEntry(UrlState.DISCOVERED, 3);
        assertThat(rowCount()).isEqualTo(3);
    }

    @Test
    void rediscoveringInTheSameRunKeepsTheStateAUrlReached() {
        frontier.discover(1, List.of(url("a"), url("b")), T1);
        frontier.mark(List.of(new StateChange(url("a").url(), UrlState.LOADED, null)), T1);

        frontier.discover(1, List.of(url("a"), url("b"), url("c")), T1); // a restart walks the listing again

        Map<UrlState, Integer> counts = frontier.countByState(1);
        assertThat(counts).containsEntry(UrlState.LOADED, 1).containsEntry(UrlState.DISCOVERED, 2);
    }

    @Test
    void aLaterRunClaimsKnownUrlsAndAddsNewOnes() {
        frontier.discover(1, List.of(url("a"), url("b")), T1);
        frontier.mark(List.of(new StateChange(url("a").url(), UrlState.REJECTED, "no title"),
                new StateChange(url("b").url(), UrlState.LOADED, null)), T1);

        frontier.discover(2, List.of(url("a"), url("b"), url("new")), T2);

        assertThat(frontier.countByState(2)).containsEntry(UrlState.DISCOVERED, 3);
        assertThat(frontier.countByState(1).values()).allMatch(count -> count == 0);
        assertThat(jdbc.queryForObject("SELECT reason FROM frontier WHERE url = ?", String.class, url("a").url()))
                .as("a claim clears the last run's reason").isNull();
        assertThat(rowCount()).isEqualTo(3);
    }

    @Test
    void markMovesEachUrlToItsOwnStateWithItsReason() {
        frontier.discover(1, List.of(url("a"), url("b"), url("c")), T1);

        frontier.mark(List.of(new StateChange(url("a").url(), UrlState.FETCHED, null),
                new StateChange(url("b").url(), UrlState.FAILED, "HTTP 503 after 4 attempts"),
                new StateChange(url("c").url(), UrlState.GONE, "HTTP 410")), T2);

        assertThat(frontier.countByState(1)).containsEntry(UrlState.FETCHED, 1).containsEntry(UrlState.FAILED, 1)
                .containsEntry(UrlState.GONE, 1).containsEntry(UrlState.DISCOVERED, 0);
        assertThat(jdbc.queryForObject("SELECT reason FROM frontier WHERE url = ?", String.class, url("b").url()))
                .isEqualTo("HTTP 503 after 4 attempts");
    }

    @Test
    void aListingEntryThatChangedFlagsItsUrlUntilAFetchSeesToIt() {
        frontier.discover(1, List.of(teased("a", "t1"), teased("b", "t1"), url("c")), T1);
        assertThat(teaserChanged()).as("first discoveries are new, not changed").isEmpty();

        frontier.discover(2, List.of(teased("a", "t2"), teased("b", "t1"), teased("c", "t1")), T2);
        assertThat(teaserChanged()).as("only a's entry changed; c had no teaser to compare").containsExactly(url("a").url());

        frontier.mark(List.of(new StateChange(url("a").url(), UrlState.FAILED, "HTTP 503")), T2);
        assertThat(teaserChanged()).as("a failed fetch leaves the change to see to").containsExactly(url("a").url());

        frontier.mark(List.of(new StateChange(url("a").url(), UrlState.FETCHED, null)), T2);
        assertThat(teaserChanged()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT teaser_hash FROM frontier WHERE url = ?", String.class, url("a").url()))
                .isEqualTo("t2");
    }

    @Test
    void aListingThatStopsShowingATeaserKeepsTheLastOne() {
        frontier.discover(1, List.of(teased("a", "t1")), T1);

        frontier.discover(2, List.of(url("a")), T2);

        assertThat(teaserChanged()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT teaser_hash FROM frontier WHERE url = ?", String.class, url("a").url()))
                .isEqualTo("t1");
    }

    @Test
    void emptyBatchesWriteNothing() {
        frontier.discover(1, List.of(), T1);
        frontier.mark(List.of(), T1);

        assertThat(rowCount()).isZero();
    }

    private int rowCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM frontier", Integer.class);
    }

    private List<String> teaserChanged() {
        return jdbc.queryForList("SELECT url FROM frontier WHERE teaser_changed ORDER BY url", String.class);
    }

    private static FrontierUrl teased(String slug, String teaser) {
        return new FrontierUrl(url(slug).url(), "publication", teaser);
    }

    private static FrontierUrl url(String slug) {
        return new FrontierUrl("https://www.amazon.science/publications/" + slug, "publication");
    }
}
