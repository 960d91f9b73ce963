package org.pubharvest.config.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a synthetic Amazon Science of any size as static files: publication pages made from the
 * bundled ones (so in their three metadata styles), each weighted to 60-146 KiB with a state script
 * and related content, the year filter page and the year's listing pages that reach them all, a
 * robots.txt that names the sitemaps (an index, and one sitemap per 50,000 publications, each dated),
 * and a {@code manifest.tsv} (canonical url, tab, file) like the bundled site's. One page
 * is in memory at a time. Each page's randomness comes from the seed and its number alone, so the
 * same seed writes the same bytes.
 */
public final class SyntheticSite {

    /** The seed when none is given: the benchmark's too, so its site is the one {@code sample-site} writes by default. */
    public static final long DEFAULT_SEED = 20_211_026L;

    /** The sitemaps.org protocol's limit of urls in one sitemap file. */
    static final int URLS_PER_SITEMAP = 50_000;
    /** Every synthetic page was last changed at this moment, as its sitemap entry says. */
    static final String LAST_MODIFIED = "2021-12-01T09:00:00Z";

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    static final int MIN_PAGE_BYTES = 60 * 1024;
    static final int MAX_PAGE_BYTES = 146 * 1024;

    private final PublicationTemplates templates = PublicationTemplates.bundled();
    private final ListingPages listings = new ListingPages(templates);

    public SiteSummary write(Path root, int publications, long seed) {
        if (publications < 1) {
            throw new IllegalArgumentException("publications must be at least 1, got " + publications);
        }
        try {
            Files.createDirectories(root);
            try (BufferedWriter manifest = Files.newBufferedWriter(root.resolve("manifest.tsv"), StandardCharsets.UTF_8)) {
                manifest.write("# url\tpath (relative to the site's root)\n");
                long bytes = writeFile(root, manifest, "/robots.txt", "robots.txt",
                        "User-agent: *\nDisallow: /search\n\nSitemap: " + SiteLayout.CANONICAL_BASE + "/sitemap.xml\n");
                bytes += writeFile(root, manifest, SiteLayout.startPath(), SiteLayout.fileOf(SiteLayout.startPath()),
                        listings.page(SiteLayout.startPath(), 1, publications));
                int listingPages = SiteLayout.listingPages(publications);
                for (int page = 1; page <= listingPages; page++) {
                    String path = SiteLayout.listingPath(PublicationTemplates.YEAR, page);
                    bytes += writeFile(root, manifest, path, SiteLayout.fileOf(path), listings.page(path, page, publications));
                }
                int smallest = Integer.MAX_VALUE;
                int largest = 0;
                for (int number = 0; number < publications; number++) {
                    PublicationTemplate template = templates.forPage(number);
                    String path = SiteLayout.publicationPath(template, number);
                    int size = writeFile(root, manifest, path, SiteLayout.fileOf(path), publication(template, number, seed));
                    smallest = Math.min(smallest, size);
                    largest = Math.max(largest, size);
                    bytes += size;
                }
                bytes += writeSitemaps(root, manifest, publications);
                return new SiteSummary(publications, listingPages, bytes, smallest, largest);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic site under " + root, e);
        }
    }

    /** Publication page {@code number}: its template with its own url and title, weighted to a size drawn from the seed. */
    String publication(PublicationTemplate template, int number, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + number);
        String html = template.instantiate(SiteLayout.slug(template, number), SiteLayout.title(template, number));
        int target = MIN_PAGE_BYTES + 1024 + random.nextInt(MAX_PAGE_BYTES - MIN_PAGE_BYTES - 2048);
        int missing = Math.max(0, target - html.getBytes(StandardCharsets.UTF_8).length);
        // Two fifths script, three fifths body: roughly the split of a Brightspot page's weight.
        String script = Filler.script(random, missing * 2 / 5);
        String related = Filler.related(random, missing - script.length());
        int headEnd = html.indexOf("</head>");
        int mainEnd = html.indexOf("</main>");
        return html.substring(0, headEnd) + script + html.substring(headEnd, mainEnd) + related + html.substring(mainEnd);
    }

    private long writeSitemaps(Path root, BufferedWriter manifest, int publications) throws IOException {
        StringBuilder index = new StringBuilder(XML_DECLARATION)
                .append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        long bytes = 0;
        for (int first = 0, part = 1; first < publications; first += URLS_PER_SITEMAP, part++) {
            StringBuilder sitemap = new StringBuilder(XML_DECLARATION)
                    .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (int number = first; number < Math.min(publications, first + URLS_PER_SITEMAP); number++) {
                String path = SiteLayout.publicationPath(templates.forPage(number), number);
                sitemap.append("  <url><loc>").append(SiteLayout.CANONICAL_BASE).append(path)
                        .append("</loc><lastmod>").append(LAST_MODIFIED).append("</lastmod></url>\n");
            }
            String name = "sitemap-" + part + ".xml";
            bytes += writeFile(root, manifest, "/" + name, name, sitemap.append("</urlset>\n").toString());
            index.append("  <sitemap><loc>").append(SiteLayout.CANONICAL_BASE).append('/').append(name)
                    .append("</loc><lastmod>").append(LAST_MODIFIED).append("</lastmod></sitemap>\n");
        }
        return bytes + writeFile(root, manifest, "/sitemap.xml", "sitemap.xml", index.append("</sitemapindex>\n").toString());
    }

    private static int writeFile(Path root, BufferedWriter manifest, String path, String file, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        Path target = root.resolve(file);
        Files.createDirectories(target.getParent());
        Files.write(target, body);
        manifest.write(SiteLayout.CANONICAL_BASE + path + "\t" + file + "\n");
        return body.length;
    }
}
