package org.pubharvest.ingest.metadata;

/**
 * A research-area tag as a page shows it.
 *
 * @param name the tag's text
 * @param url  the area's page, whose last path segment is the site's slug; null when only a name is known
 */
public record ResearchAreaLink(String name, String url) {
}
