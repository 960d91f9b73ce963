package org.pubharvest.ingest.site;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.pubharvest.ingest.bound.BoundedMatch;

/**
 * Everything site-specific about reading one site, as data: a markup change means editing the
 * profile's YAML, not code.
 *
 * @param name                 short name, e.g. {@code amazon-science}
 * @param canonicalBaseUrl     the site's real base url, used in every stored url
 * @param hosts                hosts that may be fetched for this site, redirects included
 * @param publicationUrl       regular expression that a publication detail page's url matches
 * @param publicationListing   how to walk the publication listing pages
 * @param publicationSelectors where visible markup holds each publication field
 * @param jobListing           how to walk the careers listing pages; null on a site without one
 * @param jobCards             where job cards and their fields are; null on a site without cards
 * @param jobDetail            the job detail pages' urls and markup; null on a site without them
 * @param rankingLists         where the yearly most-read lists are and how they read; null on a site without them
 * @param blogPosts            how blog posts read; null on a site without them
 * @param siteNameIsVenue      whether the site's own name is the venue of a publication page that names
 *                             none (a journal's own site); false for sites that host many venues' papers
 *                             (Amazon Science, arXiv). Default true.
 */
public record SiteProfile(String name, String canonicalBaseUrl, List<String> hosts, Pattern publicationUrl,
                          ListingRules publicationListing, PublicationSelectors publicationSelectors,
                          JobListingRules jobListing, JobCardSelectors jobCards, JobDetailRules jobDetail,
                          RankingListRules rankingLists, BlogPostRules blogPosts, Boolean siteNameIsVenue) {

    public SiteProfile {
        requireText(name, "name");
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
        siteNameIsVenue = siteNameIsVenue == null || siteNameIsVenue;
        // Only the generic profile, which reads any page handed to `extract` and is never crawled, has no site.
        if (!hosts.isEmpty()) {
            requireText(canonicalBaseUrl, "canonical-base-url");
        }
        // A site holds publications, jobs, rankings or several: each part is checked where it is given.
        // A publication listing is optional: a profile may only read pages it is given (extract).
        if (publicationUrl != null || publicationListing != null || publicationSelectors != null) {
            Objects.requireNonNull(publicationUrl, "publication-url");
            Objects.requireNonNull(publicationSelectors, "publication-selectors");
        }
    }

    /** Whether the url is on one of this profile's hosts. */
    public boolean isOnSite(String url) {
        try {
            String host = java.net.URI.create(url).getHost();
            return host != null && hosts.stream().anyMatch(host::equalsIgnoreCase);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether the url is a publication detail page of this site. */
    public boolean isPublicationUrl(String url) {
        return url != null && publicationUrl != null && BoundedMatch.matcher(publicationUrl, url).matches();
    }

    /** Whether the url is a job detail page of this site. */
    public boolean isJobDetailUrl(String url) {
        return jobDetail != null && jobDetail.jobId(url).isPresent();
    }

    /** Whether the url is one of this site's careers listing pages (the start page or a later one). */
    public boolean isJobListingUrl(String url) {
        return jobListing != null && url != null
                && (url.equals(jobListing.startUrl()) || url.startsWith(jobListing.startUrl() + "?"));
    }

    static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("site profile field '" + field + "' is missing");
        }
        return value;
    }
}
