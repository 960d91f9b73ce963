package org.pubharvest.ingest.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.pubharvest.ingest.site.RankingListRules;

/**
 * Reads one entry of a most-read list from its blocks. The title is what precedes the quoted
 * abstract (a title line, in whatever element), else the linked publication card's title; the
 * abstract runs from the opening quote to the closing one, leaving out what interrupts it (the
 * blog link and the paragraph about the post after it); the links are the entry's first links to
 * a blog post and to a publication page.
 */
final class EntryReader {

    private static final Pattern BLOG_POST = Pattern.compile("/blog/[^/?#]+");
    private static final Pattern PUBLICATION = Pattern.compile("/publications/[^/?#]+");

    private final RankingListRules rules;

    EntryReader(RankingListRules rules) {
        this.rules = rules;
    }

    ScrapedRankingItem read(RankedEntries.Entry entry, int position) {
        List<ListBlocks.Block> blocks = entry.blocks();
        int opening = indexOfOpening(blocks);
        String title = titleBefore(blocks, opening);
        Integer number = null;
        Element blogLink = null;
        Element publicationLink = null;
        List<String> abstractParts = new ArrayList<>();
        List<String> commentary = new ArrayList<>();
        boolean quoteOpen = false;
        boolean afterBlogLink = false;
        for (int i = 0; i < blocks.size(); i++) {
            ListBlocks.Block block = blocks.get(i);
            Element blog = link(block, BLOG_POST);
            Element publication = link(block, PUBLICATION);
            if (number == null && i < Math.max(opening, 1) && block.number() != null) {
                number = block.number();
            }
            if (blog != null) {
                blogLink = blogLink == null ? blog : blogLink;
                afterBlogLink = true;
                continue;
            }
            if (publication != null) {
                publicationLink = publicationLink == null ? publication : publicationLink;
                continue;
            }
            if (i == opening) {
                quoteOpen = true;
            }
            if (quoteOpen && afterBlogLink && !block.text().isEmpty() && i != opening) {
                // The paragraph right after the blog link tells about the post; the abstract resumes after it.
                commentary.add(block.text());
                afterBlogLink = false;
                continue;
            }
            if (quoteOpen) {
                abstractParts.add(block.text());
                quoteOpen = !block.closesQuote() || (i == opening && !block.closesQuote());
                if (block.closesQuote()) {
                    quoteOpen = false;
                }
            } else if (i > opening && opening >= 0 && !block.isCardDetail() && block.number() == null
                    && !block.looksLikeTitle()) {
                commentary.add(block.text());
            }
            afterBlogLink = false;
        }
        if (title == null) {
            title = hintedTitle(entry);
        }
        if (title == null && publicationLink != null) {
            title = cardTitle(publicationLink);
        }
        String commentaryText = commentary.isEmpty() ? null : String.join(" ", commentary);
        String[] venueAndAward = venueAndAward(commentaryText);
        return new ScrapedRankingItem(rank(entry, number, position), title,
                QuotedText.unquoted(String.join("\n\n", abstractParts)),
                Markup.link(blogLink), Markup.link(publicationLink), commentaryText, venueAndAward[0], venueAndAward[1]);
    }

    private static int indexOfOpening(List<ListBlocks.Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).opensQuote()) {
                return i;
            }
        }
        return -1;
    }

    /** The title written before the abstract: glued to the opening, or the last title-like line above it. */
    private static String titleBefore(List<ListBlocks.Block> blocks, int opening) {
        if (opening < 0) {
            return null;
        }
        if (blocks.get(opening).titlePrefix() != null) {
            return blocks.get(opening).titlePrefix();
        }
        for (int i = opening - 1; i >= 0; i--) {
            ListBlocks.Block block = blocks.get(i);
            if (block.looksLikeTitle() && link(block, BLOG_POST) == null && link(block, PUBLICATION) == null) {
                return block.text();
            }
        }
        return null;
    }

    /** The profile's title selector inside the entry, when the entry has a container to look in. */
    private String hintedTitle(RankedEntries.Entry entry) {
        if (entry.container() == null || rules.paperTitle() == null) {
            return null;
        }
        return Markup.text(entry.container().selectFirst(rules.paperTitle()));
    }

    /** A card's title: the link's text, or its longest line when the link wraps a venue line too. */
    private static String cardTitle(Element link) {
        String best = null;
        for (ListBlocks.Block block : ListBlocks.of(link)) {
            if (!block.isCardDetail() && (best == null || block.text().length() > best.length())) {
                best = block.text();
            }
        }
        return best;
    }

    private static Element link(ListBlocks.Block block, Pattern path) {
        Element link = block.link(path.pattern().startsWith("/blog") ? "/blog/" : "/publications/");
        return link != null && path.matcher(link.attr("href")).find() ? link : null;
    }

    private String[] venueAndAward(String commentary) {
        for (Pattern sentence : rules.venueAward()) {
            Matcher matcher = Markup.find(sentence, commentary);
            if (matcher != null) {
                return new String[] {Markup.group(matcher, "venue"), Markup.group(matcher, "award")};
            }
        }
        return new String[] {null, null};
    }

    /** The entry's own number ({@code <li value="3">}, {@code data-rank}, a "3." marker) wins over its position. */
    private static int rank(RankedEntries.Entry entry, Integer number, int position) {
        if (entry.container() != null) {
            for (String attribute : new String[] {"value", "data-rank", "data-position"}) {
                String value = entry.container().attr(attribute).strip();
                if (value.matches("\\d{1,4}")) {
                    return Integer.parseInt(value);
                }
            }
        }
        return number != null ? number : position;
    }
}
