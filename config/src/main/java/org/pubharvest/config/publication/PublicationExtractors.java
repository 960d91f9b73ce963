package org.pubharvest.config.publication;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.pubharvest.ingest.extract.PublicationExtractor;
import org.pubharvest.ingest.site.SiteProfile;

/** One publication extractor per site profile, chosen by the page's host. */
public final class PublicationExtractors {

    private final Map<String, PublicationExtractor> byHost = new HashMap<>();
    private final PublicationExtractor fallback;

    /** @param fallback for a host no profile names (only reachable if a profile's listing links off-site) */
    public PublicationExtractors(List<SiteProfile> profiles, PublicationExtractor fallback) {
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        for (SiteProfile profile : profiles) {
            if (profile.publicationSelectors() != null) {
                PublicationExtractor extractor = new PublicationExtractor(profile);
                profile.hosts().forEach(host -> byHost.putIfAbsent(host.toLowerCase(Locale.ROOT), extractor));
            }
        }
    }

    public PublicationExtractor forUrl(String url) {
        String host = java.net.URI.create(url).getHost();
        return host == null ? fallback : byHost.getOrDefault(host.toLowerCase(Locale.ROOT), fallback);
    }
}
