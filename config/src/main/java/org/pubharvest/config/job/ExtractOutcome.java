package org.pubharvest.config.job;

/**
 * A page's extraction, with the hash of the body it was made from.
 *
 * @param url         canonical url
 * @param kind        the page kind that extracted it
 * @param contentHash hash of the archived body that was extracted, or null when there was none
 * @param extraction  the records, or the reason there are none
 */
public record ExtractOutcome(String url, String kind, String contentHash, Extraction<?> extraction) {
}
