package org.pubharvest.ingest.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pubharvest.ingest.bound.ExtractionDeadline;
import org.pubharvest.ingest.extract.ParsedPage;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.metadata.PartialPublication;
import org.pubharvest.ingest.metadata.ResearchAreaLink;
import org.pubharvest.ingest.visible.PageRegions;
import org.pubharvest.ingest.visible.VisiblePageReader;
import org.pubharvest.ingest.site.BlogPostRules;
import org.pubharvest.ingest.site.SiteProfile;

/**
 * Reads a blog post with the profile's rules as hints and the visible page's structure beneath
 * them. Never throws for what a page contains.
 */
public final class BlogPostExtractor {

    private final BlogPostRules rules;

    public BlogPostExtractor(SiteProfile profile) {
        this.rules = Objects.requireNonNull(profile, "profile").blogPosts();
    }

    public boolean isBlogPostUrl(String url) {
        return rules.isBlogPostUrl(url);
    }

    public ScrapedBlogPost extract(FetchedPage page) {
        return extract(ParsedPage.of(page));
    }

    /**
     * The profile's selectors first; where they find nothing (other markup than the profile
     * knows), the visible page read by structure: the main heading, the byline, the date, the
     * research-area link and the first link from the article to a publication page.
     */
    public ScrapedBlogPost extract(ParsedPage parsed) {
        Document document = parsed.document();
        FetchedPage page = parsed.page();
        List<String> authors = new ArrayList<>();
        for (Element author : Markup.all(document, rules.authors())) {
            String name = Markup.text(author);
            if (name != null) {
                authors.add(name);
            }
        }
        PartialPublication visible = new VisiblePageReader(false).read(document);
        Element area = Markup.first(document, rules.researchArea());
        ResearchAreaLink researchArea = area == null || Markup.text(area) == null
                ? visible.researchAreas().stream().findFirst().orElse(null)
                : new ResearchAreaLink(area.text().trim(), Markup.link(area));
        String paperUrl = Markup.link(Markup.first(document, rules.paperLink()));
        return new ScrapedBlogPost(page.url(), page.fetchedAt(), page.contentHash(),
                orElse(Markup.text(Markup.first(document, rules.title())), visible.title()),
                Markup.text(Markup.first(document, rules.subtitle())),
                authors.isEmpty() ? visible.authors() : authors,
                orElse(Markup.text(Markup.first(document, rules.date())), visible.date()),
                researchArea,
                paperUrl != null ? paperUrl : paperLink(document),
                paperAuthorsNamed(document));
    }

    /** The first link from the post's own text (not related content) to a publication page. */
    private static String paperLink(Document document) {
        PageRegions regions = PageRegions.of(document);
        for (Element link : regions.main().select("a[href*=/publications/]")) {
            if (!regions.isBoilerplate(link) && link.absUrl("href").matches("https?://[^/]+/publications/[^/?#]+/?")) {
                return link.absUrl("href");
            }
        }
        return null;
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }

    /** The names of the first body paragraph that says who wrote the paper; null when none says so. */
    private String paperAuthorsNamed(Document document) {
        List<Element> body = Markup.all(document, rules.body());
        for (Element paragraph : body.isEmpty() ? document.select("p") : body) {
            ExtractionDeadline.check();
            Matcher matcher = Markup.find(rules.paperAuthors(), paragraph.text());
            if (matcher != null) {
                return Markup.group(matcher, "names");
            }
        }
        return null;
    }
}
