package org.pubharvest.ingest.site;

/**
 * How the careers listing pages are walked.
 *
 * @param startUrl the first listing page
 * @param nextPage the link to the next listing page
 */
public record JobListingRules(String startUrl, String nextPage) {

    public JobListingRules {
        SiteProfile.requireText(startUrl, "job-listing.start-url");
        Selectors.requireValid(nextPage, "job-listing.next-page");
    }
}
