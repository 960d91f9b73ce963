package org.pubharvest.config.jobposting;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.pubharvest.config.job.CompletedRunAction;
import org.pubharvest.load.job.JobPostingHistory;

/** After a completed run that covered jobs: close the postings it no longer found (unless it saw only part of them). */
public class JobPostingClosing implements CompletedRunAction {

    private final JobPostingHistory history;

    public JobPostingClosing(JobPostingHistory history) {
        this.history = Objects.requireNonNull(history, "history");
    }

    @Override
    public String source() {
        return JobListings.NAME;
    }

    @Override
    public String run(long runId, Instant at) {
        JobPostingHistory.Closing closing = history.closeUnseen(runId, List.of(CareersListingPages.KIND, JobDetailPages.KIND), at);
        if (closing instanceof JobPostingHistory.Closing.Closed closed) {
            return "closed " + closed.postings() + " job posting(s) no longer listed";
        }
        return "closed nothing: " + ((JobPostingHistory.Closing.Refused) closing).reason();
    }
}
