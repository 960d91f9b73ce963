package org.pubharvest.config.bench;

/**
 * The synthetic site's url scheme: plain paths, no query strings, so that any static web server can
 * serve it from files. A page at path {@code /a/b} is the file {@code a/b/index.html}, which nginx
 * ({@code try_files $uri $uri/index.html}), {@code python -m http.server} and {@link StaticSiteServer}
 * all serve for {@code /a/b}. Urls are the real site's canonical urls; the harvest maps them onto the
 * loopback server with its {@code base-url} property, as for any mirror.
 */
final class SiteLayout {

    static final String CANONICAL_BASE = "https://www.amazon.science";
    static final int PAGE_SIZE = 15;

    private SiteLayout() {
    }

    /** The year filter page, where a harvest of one year starts. */
    static String startPath() {
        return "/publications";
    }

    /** Page {@code page} (1-based) of the year's listing. */
    static String listingPath(int year, int page) {
        return "/publications/year/" + year + "/page/" + page;
    }

    static int listingPages(int publications) {
        return (publications + PAGE_SIZE - 1) / PAGE_SIZE;
    }

    /** Synthetic publication {@code number}: its template's slug and the number, so urls never collide. */
    static String publicationPath(PublicationTemplate template, int number) {
        return "/publications/" + slug(template, number);
    }

    static String slug(PublicationTemplate template, int number) {
        return template.slug() + "-" + String.format("%06d", number);
    }

    static String title(PublicationTemplate template, int number) {
        return template.title() + " (" + number + ")";
    }

    /** The file that serves a path, relative to the site's root. */
    static String fileOf(String path) {
        return path.substring(1) + "/index.html";
    }
}
