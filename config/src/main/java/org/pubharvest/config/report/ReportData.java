package org.pubharvest.config.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the morning report shows, read from the warehouse as the reporting user ({@link ReportQueries}).
 *
 * @param generatedAt    when it was read
 * @param runs           the newest runs, newest first
 * @param rejects        the rejects of those runs by step and reason, commonest first
 * @param fills          per page kind, the field fill rates of the newest completed run that extracted the kind
 * @param newest         the newest publications first seen in the last week before the newest run
 * @param newCount       how many publications were first seen in that week
 * @param updated        the newest publications updated (not first seen) in that week
 * @param updatedCount   how many were
 * @param jobWeeks       job postings opened and closed per week, oldest first
 * @param rankings       the most-read lists, newest year first
 */
public record ReportData(Instant generatedAt, List<Run> runs, List<RejectReason> rejects, List<FieldFill> fills,
                         List<Publication> newest, long newCount, List<Publication> updated, long updatedCount,
                         List<JobWeek> jobWeeks, List<RankingList> rankings) {

    public ReportData {
        runs = List.copyOf(runs);
        rejects = List.copyOf(rejects);
        fills = List.copyOf(fills);
        newest = List.copyOf(newest);
        updated = List.copyOf(updated);
        jobWeeks = List.copyOf(jobWeeks);
        rankings = List.copyOf(rankings);
    }

    /** One run as {@code harvest_run} has it; {@code finished} is null while it runs or after it died. */
    public record Run(long id, String parameters, String status, Instant started, Instant finished, int discovered,
                      int loaded, int unchanged, int rejected, int gone, int failed, List<String> drift) {

        public Run {
            drift = List.copyOf(drift);
        }

        public double seconds() {
            return finished == null ? 0 : (finished.toEpochMilli() - started.toEpochMilli()) / 1000.0;
        }
    }

    /** @param examples a few of the urls rejected for it */
    public record RejectReason(String step, String reason, long count, List<String> examples) {

        public RejectReason {
            examples = List.copyOf(examples);
        }
    }

    /** @param drift whether the field is one the run's drift check named */
    public record FieldFill(String kind, long runId, String field, long records, long filled, boolean drift) {

        public double rate() {
            return records == 0 ? 0 : (double) filled / records;
        }
    }

    public record Publication(String title, String url, Integer year, Instant at) {
    }

    public record JobWeek(LocalDate weekStart, long opened, long closed) {
    }

    public record RankingList(int year, List<RankedPaper> papers) {

        public RankingList {
            papers = List.copyOf(papers);
        }
    }

    /** @param publicationUrl the paper's publication page, or null when the entry could not be linked */
    public record RankedPaper(int rank, String title, String publicationUrl, String blogUrl, String award) {
    }
}
