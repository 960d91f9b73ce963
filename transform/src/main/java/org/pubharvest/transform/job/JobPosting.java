package org.pubharvest.transform.job;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One job posting, canonical: what a card or a detail page says, or both merged.
 *
 * @param jobId                   the site's job id, the natural key
 * @param url                     the detail page's stored url
 * @param title                   the title
 * @param company                 the hiring company (detail pages only), or null
 * @param team                    the team, from the title's suffix or "About the team", or null
 * @param location                where, or null when the page gives none or it could not be read
 * @param locationAsStated        the location line as the page states it, or null
 * @param locationProblem         why the location could not be read, or null
 * @param postedDate              when it was posted, or null
 * @param description             the description, whitespace-collapsed
 * @param descriptionTruncated    whether the description was cut short (kept anyway)
 * @param sections                the description's sections
 * @param basicQualifications     one per line
 * @param preferredQualifications one per line
 * @param fromDetailPage          whether a detail page gave this record (it wins over cards)
 */
public record JobPosting(String jobId, String url, String title, String company, String team, Location location,
                         String locationAsStated, String locationProblem, LocalDate postedDate, String description,
                         boolean descriptionTruncated, JobSections sections, List<String> basicQualifications,
                         List<String> preferredQualifications, boolean fromDetailPage) {

    public JobPosting {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        sections = sections == null ? new JobSections(null, null, null) : sections;
        basicQualifications = List.copyOf(basicQualifications);
        preferredQualifications = List.copyOf(preferredQualifications);
    }
}
