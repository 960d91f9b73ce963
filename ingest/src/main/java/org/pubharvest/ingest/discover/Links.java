package org.pubharvest.ingest.discover;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Tidies links found in pages into the form the frontier stores. */
final class Links {

    private Links() {
    }

    /** Drops the fragment; null when the link is empty, not http(s), or not a url at all. */
    static String canonical(String absoluteUrl) {
        if (absoluteUrl == null || absoluteUrl.isBlank()) {
            return null;
        }
        String url = absoluteUrl.trim();
        int fragment = url.indexOf('#');
        if (fragment >= 0) {
            url = url.substring(0, fragment);
        }
        try {
            String scheme = new URI(url).getScheme();
            if (scheme == null) {
                return null;
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? url : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
