package org.pubharvest.ingest.site;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link UrlMapper} from a table of canonical base urls to the base urls to fetch them from,
 * for example {@code https://www.amazon.science -> http://127.0.0.1:8089/www.amazon.science}.
 * Only urls under a listed canonical base are allowed: everything else is off-site.
 */
public final class SiteMirror implements UrlMapper {

    private final Map<String, String> fetchBaseByCanonicalBase;

    public SiteMirror(Map<String, String> fetchBaseByCanonicalBase) {
        Objects.requireNonNull(fetchBaseByCanonicalBase, "fetchBaseByCanonicalBase");
        this.fetchBaseByCanonicalBase = new LinkedHashMap<>();
        fetchBaseByCanonicalBase.forEach((canonical, fetch) ->
                this.fetchBaseByCanonicalBase.put(withoutTrailingSlash(canonical), withoutTrailingSlash(fetch)));
    }

    @Override
    public URI toFetchUri(String canonicalUrl) {
        for (Map.Entry<String, String> entry : fetchBaseByCanonicalBase.entrySet()) {
            if (isUnder(canonicalUrl, entry.getKey())) {
                return URI.create(entry.getValue() + canonicalUrl.substring(entry.getKey().length()));
            }
        }
        throw new IllegalArgumentException("url is not on any configured site: " + canonicalUrl);
    }

    @Override
    public String toCanonicalUrl(URI fetchedUri) {
        String fetched = fetchedUri.toString();
        for (Map.Entry<String, String> entry : fetchBaseByCanonicalBase.entrySet()) {
            if (isUnder(fetched, entry.getValue())) {
                return entry.getKey() + fetched.substring(entry.getValue().length());
            }
        }
        return isAllowed(fetched) ? fetched : null;
    }

    @Override
    public boolean isAllowed(String canonicalUrl) {
        return fetchBaseByCanonicalBase.keySet().stream().anyMatch(base -> isUnder(canonicalUrl, base));
    }

    private static boolean isUnder(String url, String base) {
        if (!url.startsWith(base)) {
            return false;
        }
        // "https://a.com" must not claim "https://a.com.evil.org/...".
        return url.length() == base.length() || "/?#".indexOf(url.charAt(base.length())) >= 0;
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
