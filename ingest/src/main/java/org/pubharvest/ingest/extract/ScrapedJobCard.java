package org.pubharvest.ingest.extract;

import java.util.Objects;

/**
 * One job card as a page shows it: strings as found.
 *
 * @param pageUrl     the page the card is on
 * @param link        the title link, absolute, as found (tracking parameters and all)
 * @param detailUrl   the stored url of the detail page the link leads to, or null if it leads elsewhere
 * @param jobId       the job id in the link, or null
 * @param title       the title
 * @param location    the location line, e.g. "US, WA, Seattle"
 * @param description the description paragraph
 * @param posted      the posted line, e.g. "Posted March 4, 2026", or null
 */
public record ScrapedJobCard(String pageUrl, String link, String detailUrl, String jobId, String title,
                             String location, String description, String posted) {

    public ScrapedJobCard {
        Objects.requireNonNull(pageUrl, "pageUrl");
    }
}
