package org.pubharvest.transform.job;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.pubharvest.ingest.extract.ScrapedJobCard;
import org.pubharvest.ingest.extract.ScrapedJobDetail;
import org.pubharvest.transform.text.StatedDate;
import org.pubharvest.transform.text.Text;

/** Scraped cards and detail pages in, canonical postings out; a record without id or title is rejected. */
public final class JobPostingNormalizer {

    public NormalizedJobPosting card(ScrapedJobCard card) {
        Objects.requireNonNull(card, "card");
        if (card.jobId() == null || card.detailUrl() == null) {
            return new NormalizedJobPosting.Rejected("job card on " + card.pageUrl() + " links to "
                    + (card.link() == null ? "nothing" : card.link()) + ", not to a job detail page");
        }
        String title = Text.clean(card.title());
        if (title == null) {
            return new NormalizedJobPosting.Rejected("job card " + card.jobId() + " on " + card.pageUrl() + " has no title");
        }
        String description = Text.clean(card.description());
        ParsedLocation location = LocationParser.parse(card.location());
        return new NormalizedJobPosting.Accepted(posting(card.jobId(), card.detailUrl(), title, null,
                location, Text.clean(card.location()), posted(card.posted()), description,
                Descriptions.isCutShort(description), List.of(), List.of(), false));
    }

    public NormalizedJobPosting detail(ScrapedJobDetail detail) {
        Objects.requireNonNull(detail, "detail");
        if (detail.jobIdInUrl() == null) {
            return new NormalizedJobPosting.Rejected(detail.url() + " is not a job detail page url");
        }
        String stated = Text.clean(detail.statedJobId());
        if (stated != null && !stated.equals(detail.jobIdInUrl())) {
            return new NormalizedJobPosting.Rejected("the page states job id " + stated + " but its url has "
                    + detail.jobIdInUrl());
        }
        String title = Text.clean(detail.title());
        if (title == null) {
            return new NormalizedJobPosting.Rejected("job " + detail.jobIdInUrl() + " has no title");
        }
        boolean hasAddress = detail.country() != null || detail.city() != null;
        ParsedLocation location = hasAddress ? LocationParser.of(detail.country(), detail.region(), detail.city())
                : LocationParser.parse(detail.location());
        String asStated = hasAddress ? Text.clean(String.join(", ", nonNull(detail.city(), detail.region(), detail.country())))
                : Text.clean(detail.location());
        // A detail page holds the whole description: it is never cut short.
        return new NormalizedJobPosting.Accepted(posting(detail.jobIdInUrl(), detail.url(), title,
                Text.clean(detail.company()), location, asStated, posted(detail.posted()), Text.clean(detail.description()),
                false, qualifications(detail.basicQualifications()), qualifications(detail.preferredQualifications()), true));
    }

    private static JobPosting posting(String jobId, String url, String title, String company, ParsedLocation location,
                                      String locationAsStated, LocalDate posted, String description, boolean truncated,
                                      List<String> basic, List<String> preferred, boolean fromDetailPage) {
        JobSections sections = JobSections.split(description);
        Location read = location instanceof ParsedLocation.Read r ? r.location() : null;
        String problem = location instanceof ParsedLocation.Unreadable u && locationAsStated != null ? u.reason() : null;
        return new JobPosting(jobId, url, title, company, Descriptions.team(title, sections.aboutTheTeam()), read,
                locationAsStated, problem, posted, description, truncated, sections, basic, preferred, fromDetailPage);
    }

    /** "Posted March 4, 2026", "2026-03-04", "June  1, 2026": only a full day counts. */
    private static LocalDate posted(String stated) {
        String text = Text.clean(stated);
        if (text == null) {
            return null;
        }
        text = text.replaceFirst("(?i)^posted(?: on)?:?\\s*", "");
        return StatedDate.parse(text).map(StatedDate::day).orElse(null);
    }

    /** One qualification a line, bullets and whitespace gone. */
    private static List<String> qualifications(List<String> lines) {
        return lines.stream().map(line -> Text.clean(line.strip().replaceFirst("^[-•*·]\\s*", "")))
                .filter(Objects::nonNull).toList();
    }

    private static List<String> nonNull(String... values) {
        return java.util.Arrays.stream(values).filter(Objects::nonNull).toList();
    }
}
