package org.pubharvest.load.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.pubharvest.load.InsertIfAbsent;
import org.pubharvest.load.StoredRows;
import org.pubharvest.load.Timestamps;
import org.pubharvest.transform.job.JobPosting;
import org.pubharvest.transform.job.JobPostings;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Idempotent upserts of job postings, keyed by job id. A posting already stored merges with the
 * new record ({@link JobPostings#merge}: a detail page wins over a card, in whichever order they
 * come), so writing the same page twice, or a card after its detail page, changes nothing.
 */
public final class JobPostingWriter {

    private static final String UPDATE = "UPDATE job_posting SET "
            + Arrays.stream(JobPostingRows.COLUMNS.split(",")).map(String::strip).skip(1).map(c -> c + " = ?")
                    .reduce((a, b) -> a + ", " + b).orElseThrow()
            + ", last_seen_at = ? WHERE job_id = ?";
    private static final String INSERT = "INSERT INTO job_posting (" + JobPostingRows.COLUMNS
            + ", first_seen_at, last_seen_at) VALUES (" + "?, ".repeat(JobPostingRows.COLUMNS.split(",").length + 1) + "?)";

    private final JdbcClient jdbc;
    private final JobPostingEvents events;

    public JobPostingWriter(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.events = new JobPostingEvents(jdbc);
    }

    /** The postings one page shows (a careers listing page, or a detail page): upserted, and the page linked to them. */
    public void upsert(String pageUrl, List<JobPosting> postings, Instant at) {
        Set<String> jobIds = new LinkedHashSet<>();
        for (JobPosting posting : JobPostings.dedupe(postings)) {
            upsert(posting, at);
            jobIds.add(posting.jobId());
        }
        jdbc.sql("DELETE FROM job_posting_page WHERE page_url = ?").param(pageUrl).update();
        for (String jobId : jobIds) {
            jdbc.sql("INSERT INTO job_posting_page (page_url, job_id) VALUES (?, ?)").params(pageUrl, jobId).update();
        }
    }

    /** The postings the page showed when last loaded, as the warehouse holds them, timestamps left out. */
    public String storedContent(String pageUrl) {
        return StoredRows.of(jdbc, "SELECT " + JobPostingRows.COLUMNS.replace("job_id,", "j.job_id,") + """
                , closed_at IS NULL FROM job_posting j JOIN job_posting_page pp ON pp.job_id = j.job_id
                WHERE pp.page_url = ? ORDER BY j.job_id""", pageUrl);
    }

    /** A run found the page unchanged: the postings it showed are still there. */
    public void markSeen(String pageUrl, Instant at) {
        List<String> jobIds = jdbc.sql("SELECT job_id FROM job_posting_page WHERE page_url = ? ORDER BY job_id")
                .param(pageUrl).query(String.class).list();
        for (String jobId : jobIds) {
            jdbc.sql("UPDATE job_posting SET last_seen_at = ? WHERE job_id = ?").params(Timestamps.of(at), jobId).update();
            events.reopenIfClosed(jobId, at);
        }
    }

    /**
     * A card and its detail page may be loaded at the same moment by two workers of a distributed run: the
     * one whose insert finds the row there already merges into it instead.
     */
    private void upsert(JobPosting posting, Instant at) {
        Optional<JobPosting> stored = stored(posting.jobId());
        if (stored.isEmpty()) {
            List<Object> values = new ArrayList<>(Arrays.asList(JobPostingRows.values(posting)));
            values.add(Timestamps.of(at));
            values.add(Timestamps.of(at));
            if (InsertIfAbsent.insert(jdbc, INSERT, values.toArray())) {
                events.record(posting.jobId(), JobPostingEvents.OPENED, at, null);
                return;
            }
            stored = stored(posting.jobId());
        }
        JobPosting merged = JobPostings.merge(posting, stored.get());
        List<Object> values = new ArrayList<>(Arrays.asList(JobPostingRows.values(merged)).subList(1, JobPostingRows.values(merged).length));
        values.add(Timestamps.of(at));
        values.add(merged.jobId());
        jdbc.sql(UPDATE).params(values).update();
        events.reopenIfClosed(posting.jobId(), at);
    }

    private Optional<JobPosting> stored(String jobId) {
        return jdbc.sql("SELECT " + JobPostingRows.COLUMNS + " FROM job_posting WHERE job_id = ?")
                .param(jobId).query((rs, row) -> JobPostingRows.read(rs)).optional();
    }
}
