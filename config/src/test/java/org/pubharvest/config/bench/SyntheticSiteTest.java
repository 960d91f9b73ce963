package org.pubharvest.config.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticSiteTest {

    private static final int PAGES = 47; // three full listing pages and a short one
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    @TempDir
    Path root;

    @Test
    void theSameSeedWritesTheSameBytes(@TempDir Path other) throws IOException {
        new SyntheticSite().write(root, PAGES, 7);
        new SyntheticSite().write(other, PAGES, 7);

        List<String> files = manifestFiles(root);
        assertThat(manifestFiles(other)).isEqualTo(files);
        for (String file : files) {
            assertThat(Files.readAllBytes(other.resolve(file))).as(file).isEqualTo(Files.readAllBytes(root.resolve(file)));
        }
    }

    @Test
    void aNewSeedWeighsPagesDifferently(@TempDir Path other) throws IOException {
        new SyntheticSite().write(root, 5, 7);
        new SyntheticSite().write(other, 5, 8);

        String file = publicationFiles().get(publicationFiles().size() - 1);
        assertThat(Files.size(other.resolve(file))).isNotEqualTo(Files.size(root.resolve(file)));
    }

    @Test
    void robotsTxtNamesASitemapIndexWhoseSitemapsDateEveryPublicationPage() throws Exception {
        new SyntheticSite().write(root, PAGES, 7);
        SiteMapParser parser = new SiteMapParser();
        Set<String> dated = new HashSet<>();

        assertThat(text("robots.txt")).contains("Sitemap: https://www.amazon.science/sitemap.xml");
        SiteMapIndex index = (SiteMapIndex) parser.parseSiteMap("application/xml", Files.readAllBytes(root.resolve("sitemap.xml")),
                new URL("https://www.amazon.science/sitemap.xml"));
        for (AbstractSiteMap child : index.getSitemaps()) {
            String file = child.getUrl().getPath().substring(1);
            SiteMap sitemap = (SiteMap) parser.parseSiteMap("application/xml", Files.readAllBytes(root.resolve(file)), child.getUrl());
            sitemap.getSiteMapUrls().forEach(url -> {
                assertThat(url.getLastModified()).isNotNull();
                dated.add(url.getUrl().getPath().substring(1) + "/index.html");
            });
        }
        assertThat(dated).containsExactlyInAnyOrderElementsOf(publicationFiles());
    }

    @Test
    void everyPublicationPageWeighsSixtyToOneHundredFiftyKilobytes() throws IOException {
        SiteSummary summary = new SyntheticSite().write(root, PAGES, 7);

        assertThat(summary.publications()).isEqualTo(PAGES);
        assertThat(summary.smallestPage()).isGreaterThanOrEqualTo(60 * 1024);
        assertThat(summary.largestPage()).isLessThanOrEqualTo(150 * 1024);
        for (String file : publicationFiles()) {
            assertThat(Files.size(root.resolve(file))).as(file).isBetween(60L * 1024, 150L * 1024);
        }
    }

    @Test
    void theListingsReachEveryPageFromTheStartPageByPlainPaths() throws IOException {
        SiteSummary summary = new SyntheticSite().write(root, PAGES, 7);

        // Walk as a crawler would: the year filter's link, then "Next" until there is none.
        Set<String> reached = new HashSet<>();
        String start = read("/publications");
        Matcher year = Pattern.compile("data-filter-name=\"year\".*?href=\"([^\"]+)\"", Pattern.DOTALL).matcher(start);
        assertThat(year.find()).isTrue();
        String path = year.group(1);
        int listings = 0;
        while (path != null) {
            assertThat(path).doesNotContain("?");
            String listing = read(path);
            listings++;
            Matcher link = HREF.matcher(listing.substring(listing.indexOf("SearchResultsModule-results\"")));
            String next = null;
            while (link.find()) {
                String href = link.group(1);
                if (href.startsWith(SiteLayout.CANONICAL_BASE + "/publications/")) {
                    reached.add(href.substring(SiteLayout.CANONICAL_BASE.length()));
                } else if (href.startsWith("/publications/year/")) {
                    next = href;
                }
            }
            path = next;
        }

        assertThat(listings).isEqualTo(summary.listingPages()).isEqualTo(4);
        assertThat(reached).hasSize(PAGES);
        for (String page : reached) {
            assertThat(root.resolve(SiteLayout.fileOf(page))).isRegularFile();
        }
    }

    @Test
    void everyMetadataStyleOfTheBundledPagesIsThere() throws IOException {
        new SyntheticSite().write(root, 20, 7);

        List<String> pages = publicationFiles().stream().map(this::text).toList();
        assertThat(pages).anyMatch(page -> page.contains("citation_title"));
        assertThat(pages).anyMatch(page -> page.contains("application/ld+json"));
        assertThat(pages).anyMatch(page -> !page.contains("citation_title") && !page.contains("application/ld+json"));
    }

    private List<String> publicationFiles() throws IOException {
        try (Stream<String> files = manifestFiles(root).stream()) {
            return files.filter(file -> file.startsWith("publications/") && !file.startsWith("publications/year/")
                    && !file.equals("publications/index.html")).toList();
        }
    }

    private String read(String path) {
        return text(SiteLayout.fileOf(path));
    }

    private String text(String file) {
        try {
            return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> manifestFiles(Path root) throws IOException {
        return Files.readAllLines(root.resolve("manifest.tsv")).stream()
                .filter(line -> !line.startsWith("#")).map(line -> line.split("\t")[1]).toList();
    }
}
