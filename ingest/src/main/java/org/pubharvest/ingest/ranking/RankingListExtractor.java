package org.pubharvest.ingest.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pubharvest.ingest.extract.PageText;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.site.RankingListRules;
import org.pubharvest.ingest.site.SiteProfile;

/**
 * Reads a most-read list with the profile's rules. An entry's quoted abstract can be interrupted
 * by the blog link and a paragraph about the post (the 2021 list does this), so the abstract is
 * what is left of the entry's paragraphs once title, blog link and commentary are taken out.
 * Never throws for what a page contains.
 */
public final class RankingListExtractor {

    private final RankingListRules rules;

    public RankingListExtractor(SiteProfile profile) {
        this.rules = Objects.requireNonNull(profile, "profile").rankingLists();
    }

    public boolean isRankingListUrl(String url) {
        return rules.listYear(url) != null;
    }

    public ScrapedRankingList extract(FetchedPage page) {
        return extract(PageText.parse(page), page);
    }

    public ScrapedRankingList extract(Document document, FetchedPage page) {
        List<ScrapedRankingItem> items = new ArrayList<>();
        int position = 0;
        for (Element item : document.select(rules.item())) {
            position++;
            items.add(read(item, rank(item, position)));
        }
        return new ScrapedRankingList(page.url(), page.fetchedAt(), page.contentHash(), rules.listYear(page.url()),
                items);
    }

    private ScrapedRankingItem read(Element item, int rank) {
        Element title = Markup.first(item, rules.paperTitle());
        Element blogLink = Markup.first(item, rules.blogLink());
        List<Element> commentary = Markup.all(item, rules.commentary());
        List<String> quoted = new ArrayList<>();
        for (Element paragraph : item.select(rules.paragraph())) {
            boolean notQuoted = (title != null && Markup.holds(paragraph, title))
                    || (blogLink != null && Markup.holds(paragraph, blogLink))
                    || commentary.stream().anyMatch(part -> part == paragraph);
            String text = Markup.text(paragraph);
            if (!notQuoted && text != null) {
                quoted.add(text);
            }
        }
        String commentaryText = Markup.emptyToNull(String.join(" ", commentary.stream().map(Element::text).toList()));
        String venue = null;
        String award = null;
        for (Pattern sentence : rules.venueAward()) {
            Matcher matcher = Markup.find(sentence, commentaryText);
            if (matcher != null) {
                venue = Markup.group(matcher, "venue");
                award = Markup.group(matcher, "award");
                break;
            }
        }
        return new ScrapedRankingItem(rank, Markup.text(title), QuotedText.unquoted(String.join("\n\n", quoted)),
                Markup.link(blogLink), Markup.link(Markup.first(item, rules.publicationLink())), commentaryText,
                venue, award);
    }

    /** An item's own number ({@code <li value="3">}) wins over its position, as in a browser. */
    private static int rank(Element item, int position) {
        String value = item.attr("value").trim();
        return value.matches("\\d{1,4}") ? Integer.parseInt(value) : position;
    }
}
