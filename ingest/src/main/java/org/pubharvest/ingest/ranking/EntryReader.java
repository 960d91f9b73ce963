package org.pubharvest.ingest.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pubharvest.ingest.bound.BoundedMatch;

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
        Parts parts = new Parts(opening);
        for (int i = 0; i < blocks.size(); i++) {
            parts.take(i, blocks.get(i));
        }
        String title = titleBefore(blocks, opening);
        if (title == null) {
            title = hintedTitle(entry);
        }
        if (title == null && parts.publicationLink != null) {
            title = cardTitle(parts.publicationLink);
        }
        String commentaryText = parts.commentary.isEmpty() ? null : String.join(" ", parts.commentary);
        String[] venueAndAward = venueAndAward(commentaryText);
        return new ScrapedRankingItem(rank(entry, parts.number, position), title,
                QuotedText.unquoted(String.join("\n\n", parts.abstractParts)),
                Markup.link(parts.blogLink), Markup.link(parts.publicationLink), commentaryText, venueAndAward[0],
                venueAndAward[1]);
    }

    /** An entry's parts, taken block by block in reading order. */
    private static final class Parts {
        private final int opening;
        private final List<String> abstractParts = new ArrayList<>();
        private final List<String> commentary = new ArrayList<>();
        private Integer number;
        private Element blogLink;
        private Element publicationLink;
        private boolean quoteOpen;
        private boolean afterBlogLink;

        Parts(int opening) {
            this.opening = opening;
        }

        void take(int index, ListBlocks.Block block) {
            if (number == null && index < Math.max(opening, 1) && block.number() != null) {
                number = block.number();
            }
            Element blog = link(block, BLOG_POST);
            if (blog != null) {
                blogLink = blogLink == null ? blog : blogLink;
                afterBlogLink = true;
                return;
            }
            Element publication = link(block, PUBLICATION);
            if (publication != null) {
                publicationLink = publicationLink == null ? publication : publicationLink;
                return;
            }
            if (index == opening) {
                quoteOpen = true;
            } else if (quoteOpen && afterBlogLink) {
                // The paragraph right after the blog link tells about the post; the abstract resumes after it.
                commentary.add(block.text());
                afterBlogLink = false;
                return;
            }
            if (quoteOpen) {
                abstractParts.add(block.text());
                quoteOpen = !block.closesQuote();
            } else if (index > opening && opening >= 0 && !block.isCardDetail() && block.number() == null
                    && !block.looksLikeTitle()) {
                commentary.add(block.text());
            }
            afterBlogLink = false;
        }
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
        return link != null && BoundedMatch.matcher(path, link.attr("href")).find() ? link : null;
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
