package org.pubharvest.ingest.site;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.pubharvest.ingest.bound.BoundedMatch;

/**
 * Where the yearly "most read research papers" lists are and how their items read.
 *
 * @param newsListing      the news listing that links the lists (walked page by page; its detail links are
 *                         candidates, kept only when they match {@code listUrl})
 * @param listUrl          a list's url; its named group {@code year} is the list's year
 * @param item             one ranked entry; its position among the matches is its rank
 * @param paragraph        the paragraphs of an entry (the quoted abstract is made of those that are left
 *                         when title, blog link and commentary are taken out)
 * @param paperTitle       the paper's title inside an entry, a title line or a linked card; may be absent
 * @param publicationLink  a link from an entry to the paper's publication page
 * @param blogLink         the "Read our blog post about this paper" link
 * @param commentary       the paragraph that tells about the blog post, venue and award
 * @param venueAward       sentences that name a venue (named group {@code venue}) and maybe an award
 *                         (named group {@code award}), tried in order on the commentary
 */
public record RankingListRules(ListingRules newsListing, Pattern listUrl, String item, String paragraph,
                               String paperTitle, String publicationLink, String blogLink, String commentary,
                               List<Pattern> venueAward) {

    public RankingListRules {
        Objects.requireNonNull(newsListing, "ranking-lists.news-listing");
        Objects.requireNonNull(listUrl, "ranking-lists.list-url");
        Selectors.requireGroupOrNull(listUrl, "year", "ranking-lists.list-url");
        Selectors.requireValid(item, "ranking-lists.item");
        Selectors.requireValid(paragraph, "ranking-lists.paragraph");
        Selectors.requireValidOrNull(paperTitle, "ranking-lists.paper-title");
        Selectors.requireValidOrNull(publicationLink, "ranking-lists.publication-link");
        Selectors.requireValidOrNull(blogLink, "ranking-lists.blog-link");
        Selectors.requireValidOrNull(commentary, "ranking-lists.commentary");
        venueAward = venueAward == null ? List.of() : List.copyOf(venueAward);
    }

    /** The list's year when the url is a ranking list, else null. */
    public Integer listYear(String url) {
        if (url == null) {
            return null;
        }
        java.util.regex.Matcher matcher = BoundedMatch.matcher(listUrl, url);
        return matcher.matches() ? Integer.valueOf(matcher.group("year")) : null;
    }
}
