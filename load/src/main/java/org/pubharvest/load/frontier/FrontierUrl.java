package org.pubharvest.load.frontier;

/**
 * One url of a run's frontier.
 *
 * @param url           canonical url
 * @param kind          what the url holds, e.g. {@code publication}
 * @param teaser        a digest of what the listing showed of the url (its entry's text), or null when the
 *                      listing shows nothing of it but the link; set by discovery
 * @param teaserChanged whether the listing entry changed since the url's last discovery, so that the page
 *                      is due at once; read back from the frontier by the fetch step
 */
public record FrontierUrl(String url, String kind, String teaser, boolean teaserChanged) {

    /** A url whose listing shows nothing but the link. */
    public FrontierUrl(String url, String kind) {
        this(url, kind, null, false);
    }

    /** A url as discovery finds it, with what its listing entry shows. */
    public FrontierUrl(String url, String kind, String teaser) {
        this(url, kind, teaser, false);
    }
}
