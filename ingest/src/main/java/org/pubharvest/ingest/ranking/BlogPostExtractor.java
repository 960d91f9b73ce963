package org.pubharvest.ingest.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pubharvest.ingest.extract.PageText;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.metadata.ResearchAreaLink;
import org.pubharvest.ingest.site.BlogPostRules;
import org.pubharvest.ingest.site.SiteProfile;

/** Reads a blog post with the profile's rules. Never throws for what a page contains. */
public final class BlogPostExtractor {

    private final BlogPostRules rules;

    public BlogPostExtractor(SiteProfile profile) {
        this.rules = Objects.requireNonNull(profile, "profile").blogPosts();
    }

    public boolean isBlogPostUrl(String url) {
        return rules.isBlogPostUrl(url);
    }

    public ScrapedBlogPost extract(FetchedPage page) {
        Document document = PageText.parse(page);
        List<String> authors = new ArrayList<>();
        for (Element author : Markup.all(document, rules.authors())) {
            String name = Markup.text(author);
            if (name != null) {
                authors.add(name);
            }
        }
        Element area = Markup.first(document, rules.researchArea());
        return new ScrapedBlogPost(page.url(), page.fetchedAt(), page.contentHash(),
                Markup.text(Markup.first(document, rules.title())),
                Markup.text(Markup.first(document, rules.subtitle())),
                authors,
                Markup.text(Markup.first(document, rules.date())),
                area == null || Markup.text(area) == null ? null : new ResearchAreaLink(area.text().trim(), Markup.link(area)),
                Markup.link(Markup.first(document, rules.paperLink())),
                paperAuthorsNamed(document));
    }

    /** The names of the first body paragraph that says who wrote the paper; null when none says so. */
    private String paperAuthorsNamed(Document document) {
        for (Element paragraph : Markup.all(document, rules.body())) {
            Matcher matcher = Markup.find(rules.paperAuthors(), paragraph.text());
            if (matcher != null) {
                return Markup.group(matcher, "names");
            }
        }
        return null;
    }
}
