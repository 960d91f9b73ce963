package org.pubharvest.ingest.site;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything site-specific about reading one site, as data: a markup change means editing the
 * profile's YAML, not code.
 *
 * @param name                 short name, e.g. {@code amazon-science}
 * @param canonicalBaseUrl     the site's real base url, used in every stored url
 * @param hosts                hosts that may be fetched for this site, redirects included
 * @param publicationUrl       regular expression that a publication detail page's url matches
 * @param publicationListing   how to walk the publication listing pages
 * @param publicationSelectors where visible markup holds each publication field
 * @param rankingLists         where the yearly most-read lists are and how they read
 * @param blogPosts            how blog posts read
 */
public record SiteProfile(String name, String canonicalBaseUrl, List<String> hosts, Pattern publicationUrl,
                          ListingRules publicationListing, PublicationSelectors publicationSelectors,
                          RankingListRules rankingLists, BlogPostRules blogPosts) {

    public SiteProfile {
        requireText(name, "name");
        requireText(canonicalBaseUrl, "canonical-base-url");
        Objects.requireNonNull(publicationUrl, "publication-url");
        Objects.requireNonNull(publicationListing, "publication-listing");
        Objects.requireNonNull(publicationSelectors, "publication-selectors");
        Objects.requireNonNull(rankingLists, "ranking-lists");
        Objects.requireNonNull(blogPosts, "blog-posts");
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
    }

    /** Whether the url is a publication detail page of this site. */
    public boolean isPublicationUrl(String url) {
        return url != null && publicationUrl.matcher(url).matches();
    }

    static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("site profile field '" + field + "' is missing");
        }
        return value;
    }
}
