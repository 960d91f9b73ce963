package org.pubharvest.transform.blog;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.pubharvest.ingest.ranking.ScrapedBlogPost;
import org.pubharvest.transform.area.ResearchArea;
import org.pubharvest.transform.area.ResearchAreaCatalog;
import org.pubharvest.transform.publication.PersonNames;
import org.pubharvest.transform.text.StatedDate;
import org.pubharvest.transform.text.Text;

/** Scraped blog post in, normalized post (or a reason to reject it) out. Pure; never throws for what a page held. */
public final class BlogPostNormalizer {

    /** "A, B, and C" / "A, B and C" / "A & B": the separators of a sentence that lists people. */
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*");

    private final ResearchAreaCatalog areas;

    public BlogPostNormalizer(ResearchAreaCatalog areas) {
        this.areas = Objects.requireNonNull(areas, "areas");
    }

    public NormalizedBlogPost normalize(ScrapedBlogPost scraped) {
        String title = Text.clean(scraped.title());
        if (title == null) {
            return new NormalizedBlogPost.Rejected(scraped.url(), "no title on the blog post");
        }
        ResearchArea area = scraped.researchArea() == null ? null
                : areas.resolveTag(scraped.researchArea().name(), scraped.researchArea().url()).orElse(null);
        return new NormalizedBlogPost.Accepted(new BlogPost(scraped.url(), title, Text.clean(scraped.subtitle()),
                PersonNames.clean(scraped.authors()),
                StatedDate.parse(scraped.date()).map(StatedDate::day).orElse(null), area, Text.clean(scraped.paperUrl()),
                PersonNames.clean(namesIn(Text.clean(scraped.paperAuthorsNamed()))), scraped.contentHash(),
                scraped.fetchedAt()));
    }

    private static List<String> namesIn(String sentence) {
        return sentence == null ? List.of() : Arrays.asList(NAME_SEPARATOR.split(sentence));
    }
}
