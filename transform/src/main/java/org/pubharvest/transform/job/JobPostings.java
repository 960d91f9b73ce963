package org.pubharvest.transform.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** One record per posting: merging a card with a detail page, and the same card seen twice. */
public final class JobPostings {

    private JobPostings() {
    }

    /**
     * The posting that two records of the same job make together: the preferred record wins
     * each field it has, the other fills the rest. A detail page is preferred over a card; of two
     * cards, the one with the whole description. The description carries its sections and its
     * truncation flag with it, and the location its parts, so no field mixes the two sources.
     */
    public static JobPosting merge(JobPosting first, JobPosting second) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (!first.jobId().equals(second.jobId())) {
            throw new IllegalArgumentException("cannot merge job " + first.jobId() + " with job " + second.jobId());
        }
        boolean firstWins = rank(first) >= rank(second);
        JobPosting winner = firstWins ? first : second;
        JobPosting other = firstWins ? second : first;
        JobPosting described = winner.description() != null ? winner : other;
        JobPosting located = winner.location() != null || other.location() == null ? winner : other;
        return new JobPosting(winner.jobId(), winner.url(), winner.title(),
                either(winner, other, JobPosting::company), either(winner, other, JobPosting::team),
                located.location(), located.locationAsStated(), located.locationProblem(),
                either(winner, other, JobPosting::postedDate), described.description(),
                described.descriptionTruncated(), described.sections(),
                winner.basicQualifications().isEmpty() ? other.basicQualifications() : winner.basicQualifications(),
                winner.preferredQualifications().isEmpty() ? other.preferredQualifications() : winner.preferredQualifications(),
                winner.fromDetailPage() || other.fromDetailPage());
    }

    /** One record per job id, in order of first appearance, repeats merged. */
    public static List<JobPosting> dedupe(List<JobPosting> postings) {
        Map<String, JobPosting> byJobId = new LinkedHashMap<>();
        for (JobPosting posting : postings) {
            byJobId.merge(posting.jobId(), posting, JobPostings::merge);
        }
        return new ArrayList<>(byJobId.values());
    }

    /** Detail pages first, then whole descriptions before cut ones. */
    private static int rank(JobPosting posting) {
        return (posting.fromDetailPage() ? 2 : 0) + (posting.descriptionTruncated() ? 0 : 1);
    }

    private static <T> T either(JobPosting winner, JobPosting other, Function<JobPosting, T> field) {
        T value = field.apply(winner);
        return value != null ? value : field.apply(other);
    }
}
