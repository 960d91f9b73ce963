package org.pubharvest.ingest.site;

/**
 * Where a page shows job cards: one element per card, and within it each field. A null field
 * selector means the site's cards do not show that field.
 *
 * @param card        one element per card
 * @param titleLink   the title, a link to the posting
 * @param location    the location line, e.g. "US, WA, Seattle"
 * @param description the one-paragraph description
 * @param posted      the "Posted Month D, YYYY" line
 */
public record JobCardSelectors(String card, String titleLink, String location, String description, String posted) {

    public JobCardSelectors {
        Selectors.requireValid(card, "job-cards.card");
        Selectors.requireValid(titleLink, "job-cards.title-link");
        Selectors.requireValidOrNull(location, "job-cards.location");
        Selectors.requireValidOrNull(description, "job-cards.description");
        Selectors.requireValidOrNull(posted, "job-cards.posted");
    }
}
