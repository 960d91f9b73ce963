package org.pubharvest.load.job;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.pubharvest.load.Timestamps;
import org.pubharvest.load.frontier.UrlState;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Closes postings that a complete run no longer finds. A posting is found by a run when one of
 * the run's pages of the job kinds ended LOADED or UNCHANGED and shows it. A run in which any
 * such page FAILED or was REJECTED saw only part of the postings, so it closes nothing: a
 * posting on the page that could not be read would be closed for no reason.
 */
public final class JobPostingHistory {

    private final JdbcClient jdbc;
    private final JobPostingEvents events;

    public JobPostingHistory(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.events = new JobPostingEvents(jdbc);
    }

    /** What closing came to: how many postings were closed, or why none could be. */
    public sealed interface Closing {
        record Closed(int postings) implements Closing {
        }

        record Refused(String reason) implements Closing {
        }
    }

    /**
     * @param runId the run, which must have completed (the caller's check)
     * @param kinds the frontier kinds of job pages, e.g. careers listing and detail pages
     */
    public Closing closeUnseen(long runId, List<String> kinds, Instant at) {
        String kindList = String.join(", ", kinds.stream().map(kind -> "'" + kind.replace("'", "''") + "'").toList());
        int incomplete = jdbc.sql("SELECT COUNT(*) FROM frontier WHERE run_id = ? AND kind IN (" + kindList + ") AND state IN (?, ?)")
                .params(runId, UrlState.FAILED.name(), UrlState.REJECTED.name()).query(Integer.class).single();
        if (incomplete > 0) {
            return new Closing.Refused(incomplete + " job page(s) of run " + runId + " failed or were rejected");
        }
        int found = jdbc.sql("SELECT COUNT(*) FROM frontier WHERE run_id = ? AND kind IN (" + kindList + ") AND state IN (?, ?)")
                .params(runId, UrlState.LOADED.name(), UrlState.UNCHANGED.name()).query(Integer.class).single();
        if (found == 0) {
            return new Closing.Refused("run " + runId + " found no job pages");
        }
        List<String> unseen = jdbc.sql("""
                        SELECT job_id FROM job_posting WHERE closed_at IS NULL AND job_id NOT IN (
                            SELECT p.job_id FROM job_posting_page p JOIN frontier f ON f.url = p.page_url
                            WHERE f.run_id = ? AND f.kind IN (""" + kindList + ") AND f.state IN (?, ?)) ORDER BY job_id")
                .params(runId, UrlState.LOADED.name(), UrlState.UNCHANGED.name()).query(String.class).list();
        for (String jobId : unseen) {
            jdbc.sql("UPDATE job_posting SET closed_at = ? WHERE job_id = ?").params(Timestamps.of(at), jobId).update();
            events.record(jobId, JobPostingEvents.CLOSED, at, runId);
        }
        return new Closing.Closed(unseen.size());
    }
}
