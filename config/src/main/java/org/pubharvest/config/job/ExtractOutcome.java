package org.pubharvest.config.job;

import org.pubharvest.transform.publication.NormalizedPublication;

/**
 * A page's extraction, with the hash of the body it was made from.
 *
 * @param url         canonical url
 * @param contentHash hash of the archived body that was extracted
 * @param result      the record, or the reason there is none
 */
public record ExtractOutcome(String url, String contentHash, NormalizedPublication result) {
}
