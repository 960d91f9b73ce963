package org.pubharvest.ingest.samplesite;

import java.net.URI;

/**
 * One servable url of the sample site.
 *
 * @param canonicalUrl the real site's url, e.g. {@code https://www.amazon.science/publications?p=2}
 * @param file         the file under the sample site's root
 */
public record SamplePage(String canonicalUrl, String file) {

    /** Host of the canonical url, e.g. {@code www.amazon.science}. */
    public String host() {
        return URI.create(canonicalUrl).getHost();
    }

    /** Path and query as a server sees them, e.g. {@code /publications?p=2}. */
    public String pathAndQuery() {
        URI uri = URI.create(canonicalUrl);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    public String contentType() {
        if (file.endsWith(".html")) {
            return "text/html; charset=UTF-8";
        }
        if (file.endsWith(".xml") || file.endsWith(".rss")) {
            return "application/xml; charset=UTF-8";
        }
        if (file.endsWith(".json")) {
            return "application/json";
        }
        return "text/plain; charset=UTF-8";
    }
}
