package org.pubharvest.ingest.site;

import java.net.URI;

/**
 * Maps canonical urls (what the warehouse stores) to the urls actually fetched, so that a run
 * can read a local mirror while every row still names the real site.
 */
public interface UrlMapper {

    /** The url to send the request to. */
    URI toFetchUri(String canonicalUrl);

    /** The canonical url for a url the server answered with (a redirect target), or null if foreign. */
    String toCanonicalUrl(URI fetchedUri);

    /** Whether a canonical url may be fetched at all (its host is one the profiles name). */
    boolean isAllowed(String canonicalUrl);

    static UrlMapper identity() {
        return new UrlMapper() {
            @Override
            public URI toFetchUri(String canonicalUrl) {
                return URI.create(canonicalUrl);
            }

            @Override
            public String toCanonicalUrl(URI fetchedUri) {
                return fetchedUri.toString();
            }

            @Override
            public boolean isAllowed(String canonicalUrl) {
                String scheme = URI.create(canonicalUrl).getScheme();
                return "http".equals(scheme) || "https".equals(scheme);
            }
        };
    }
}
