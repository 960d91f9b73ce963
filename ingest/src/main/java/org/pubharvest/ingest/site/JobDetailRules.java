package org.pubharvest.ingest.site;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pubharvest.ingest.bound.BoundedMatch;

/**
 * Job detail pages: which urls they have, the one url each is stored under, and where the
 * markup holds each field (JSON-LD {@code JobPosting} is read first; these fill what it lacks).
 *
 * @param url                     a detail page's url in any of its forms; named groups {@code id}
 *                                and {@code slug}
 * @param canonicalUrl            the stored form, with {@code {id}} and {@code {slug}} in it
 * @param title                   the title
 * @param meta                    the line "Job ID: 1234567 | Company"
 * @param location                the location line
 * @param description             the description section
 * @param basicQualifications     the basic qualifications section
 * @param preferredQualifications the preferred qualifications section
 */
public record JobDetailRules(Pattern url, String canonicalUrl, String title, String meta, String location,
                             String description, String basicQualifications, String preferredQualifications) {

    public JobDetailRules {
        Objects.requireNonNull(url, "job-detail.url");
        SiteProfile.requireText(canonicalUrl, "job-detail.canonical-url");
        if (!url.pattern().contains("(?<id>")) {
            throw new IllegalArgumentException("site profile field 'job-detail.url' needs a group named id");
        }
        Selectors.requireValidOrNull(title, "job-detail.title");
        Selectors.requireValidOrNull(meta, "job-detail.meta");
        Selectors.requireValidOrNull(location, "job-detail.location");
        Selectors.requireValidOrNull(description, "job-detail.description");
        Selectors.requireValidOrNull(basicQualifications, "job-detail.basic-qualifications");
        Selectors.requireValidOrNull(preferredQualifications, "job-detail.preferred-qualifications");
    }

    /**
     * The stored url of the detail page a link leads to, whatever its form: cards link to
     * {@code /jobs/<id>/<slug>?cmpid=...}, the site itself to {@code /en/jobs/<id>/<slug>}, and
     * both must meet on one url. Empty when the link is not a detail page.
     */
    public Optional<String> canonical(String link) {
        Matcher matcher = link == null ? null : BoundedMatch.matcher(url, link.trim());
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        String slug = url.pattern().contains("(?<slug>") && matcher.group("slug") != null ? matcher.group("slug") : "";
        return Optional.of(canonicalUrl.replace("{id}", matcher.group("id")).replace("{slug}", slug));
    }

    /** The job id in a detail page's url, or empty when the url is not one. */
    public Optional<String> jobId(String link) {
        Matcher matcher = link == null ? null : BoundedMatch.matcher(url, link.trim());
        return matcher != null && matcher.matches() ? Optional.of(matcher.group("id")) : Optional.empty();
    }
}
