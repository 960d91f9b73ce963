package org.pubharvest.config.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pubharvest.ingest.samplesite.SamplePage;
import org.pubharvest.ingest.samplesite.SampleSite;

/**
 * The bundled site's publication pages of {@value #YEAR} and its {@value #YEAR} listing page, read
 * once. One year only: the benchmark harvests one year, as {@code harvest --year} does, so every
 * synthetic page must be of that year and the templates' own dates can stay as they are.
 */
final class PublicationTemplates {

    static final int YEAR = 2021;

    private static final Pattern EXPECTED_URL = Pattern.compile("\"url\": \"https://www\\.amazon\\.science/publications/([^\"/]+)\"");
    private static final Pattern TITLE = Pattern.compile("<h1 class=\"PublicationPage-title\">([^<]+)</h1>");

    private final List<PublicationTemplate> publications;
    private final String listing;

    private PublicationTemplates(List<PublicationTemplate> publications, String listing) {
        this.publications = List.copyOf(publications);
        this.listing = listing;
    }

    static PublicationTemplates bundled() {
        SampleSite site = SampleSite.bundled();
        List<String> slugs = new ArrayList<>();
        for (String line : text(site, "expected/publications.jsonl").split("\n")) {
            Matcher url = EXPECTED_URL.matcher(line);
            if (url.find() && line.contains("\"year\": " + YEAR)) {
                slugs.add(url.group(1));
            }
        }
        List<PublicationTemplate> templates = new ArrayList<>();
        for (String slug : slugs) {
            String html = text(site, fileOf(site, "https://www.amazon.science/publications/" + slug));
            Matcher title = TITLE.matcher(html);
            if (title.find()) {
                templates.add(new PublicationTemplate(slug, title.group(1), html));
            }
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("the bundled sample site has no " + YEAR + " publication pages to copy");
        }
        return new PublicationTemplates(templates, text(site, "www.amazon.science/publications/listing-" + YEAR + "-p1.html"));
    }

    /** The template for synthetic page {@code number}: round robin, so every metadata style appears in any run of pages. */
    PublicationTemplate forPage(int number) {
        return publications.get(number % publications.size());
    }

    int size() {
        return publications.size();
    }

    /** The bundled {@value #YEAR} listing page, whose head, filters and footer synthetic listings reuse. */
    String listing() {
        return listing;
    }

    private static String fileOf(SampleSite site, String url) {
        return site.pages().stream().filter(page -> page.canonicalUrl().equals(url)).map(SamplePage::file).findFirst()
                .orElseThrow(() -> new IllegalStateException("the sample site's manifest has no " + url));
    }

    private static String text(SampleSite site, String file) {
        return new String(site.read(file), StandardCharsets.UTF_8);
    }
}
