package org.pubharvest.ingest.ranking;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The blocks of text of a most-read list in reading order, whatever elements hold them: the
 * innermost elements that hold text and no other block. A block knows what it is to the list: a
 * quoted abstract's opening, a number, a title line, a link to a blog post or a publication.
 */
final class ListBlocks {

    private static final Set<String> BLOCK_NAMES = Set.of("p", "div", "li", "ol", "ul", "h1", "h2", "h3", "h4", "h5",
            "h6", "blockquote", "article", "section", "aside", "figure", "figcaption", "dd", "dt", "dl", "td", "tr",
            "table", "header", "footer", "main", "nav", "details", "summary");
    /** Deeper than this, a hostile page's nesting is read as one block rather than followed. */
    private static final int MAX_DEPTH = 256;
    private static final org.jsoup.select.Evaluator LINK = org.jsoup.select.QueryParser.parse("a[href]");
    static final String OPENING_QUOTES = "\"\u201c\u201e\u00ab";
    private static final Pattern NUMBER = Pattern.compile("^\\s*(?:No\\.?\\s*|#)?(\\d{1,3})\\s*[.):]?\\s*$");
    private static final Pattern ACRONYM_AND_YEAR = Pattern.compile("^\\s*\\S{2,20}\\s+(?:19|20)\\d{2}\\s*$");
    private static final Pattern CARD_LABEL = Pattern.compile("(?i)^\\s*(publication|paper|read the paper|related publication)\\s*$");

    /**
     * One block.
     *
     * @param element     the element that holds it
     * @param text        its text, whitespace collapsed
     * @param titlePrefix a title written in the same element before the quote (in bold, or ended by a
     *                    line break), else null; {@code text} is then what follows it
     */
    record Block(Element element, String text, String titlePrefix) {

        /** Whether the block starts with an opening quote mark. */
        boolean opensQuote() {
            return !text.isEmpty() && OPENING_QUOTES.indexOf(text.charAt(0)) >= 0;
        }

        /** An opening long enough to be an abstract's: what finds entries on a page that says nothing else. */
        boolean opensAbstract() {
            return opensQuote() && text.length() >= 40;
        }

        boolean closesQuote() {
            String trimmed = text.replaceAll("[\\s.\u2026]+$", "");
            return !trimmed.isEmpty() && "\"\u201d\u201c\u00bb".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0;
        }

        Integer number() {
            java.util.regex.Matcher matcher = NUMBER.matcher(text);
            return matcher.matches() && titlePrefix == null ? Integer.valueOf(matcher.group(1)) : null;
        }

        Element link(String pathPart) {
            Element link = element.closest(LINK);
            if (link != null && link.attr("href").contains(pathPart)) {
                return link;
            }
            for (Element inner : element.select("a[href]")) {
                if (inner.attr("href").contains(pathPart)) {
                    return inner;
                }
            }
            return null;
        }

        /** A line that could be a paper's title: short, unquoted, no full stop at its end, not a label. */
        boolean looksLikeTitle() {
            return text.length() >= 8 && text.length() <= 300 && OPENING_QUOTES.indexOf(text.charAt(0)) < 0
                    && !text.matches(".*[.!;,]\\s*$") && number() == null && !ACRONYM_AND_YEAR.matcher(text).matches()
                    && !CARD_LABEL.matcher(text).matches() && !text.toLowerCase(java.util.Locale.ROOT).startsWith("read our");
        }

        /** A publication's venue line or label in a card ("SOSP 2021", "Publication"): nothing to read. */
        boolean isCardDetail() {
            return ACRONYM_AND_YEAR.matcher(text).matches() || CARD_LABEL.matcher(text).matches();
        }
    }

    private ListBlocks() {
    }

    static List<Block> of(Element root) {
        List<Block> blocks = new ArrayList<>();
        collect(root, blocks, new IdentityHashMap<>(), 0);
        return blocks;
    }

    private static void collect(Element element, List<Block> blocks, Map<Element, Boolean> holdsBlock, int depth) {
        boolean holdsBlocks = depth < MAX_DEPTH
                && element.children().stream().anyMatch(child -> isBlockOrHoldsBlock(child, holdsBlock, depth + 1));
        if (!holdsBlocks) {
            String text = collapse(element.text());
            if (!text.isEmpty()) {
                blocks.add(withTitlePrefix(element, text));
            }
            return;
        }
        // Text directly in an element that also holds blocks ("1." before a <p>) is a block of its own.
        for (Node child : element.childNodes()) {
            if (child instanceof Element childElement) {
                collect(childElement, blocks, holdsBlock, depth + 1);
            } else if (child instanceof TextNode textNode && !textNode.isBlank()) {
                blocks.add(new Block(element, collapse(textNode.text()), null));
            }
        }
    }

    /** Remembered per element: asked of every ancestor, the question would cost the square of the page's depth. */
    private static boolean isBlockOrHoldsBlock(Element element, Map<Element, Boolean> known, int depth) {
        Boolean answer = known.get(element);
        if (answer == null) {
            answer = BLOCK_NAMES.contains(element.normalName()) || (depth < MAX_DEPTH
                    && element.children().stream().anyMatch(child -> isBlockOrHoldsBlock(child, known, depth + 1)));
            known.put(element, answer);
        }
        return answer;
    }

    /** "<b>Title</b> "Abstract…" or "Title<br>"Abstract…": the title glued to the quote is split off. */
    private static Block withTitlePrefix(Element element, String text) {
        if (text.isEmpty() || OPENING_QUOTES.indexOf(text.charAt(0)) >= 0) {
            return new Block(element, text, null);
        }
        String prefix = null;
        Element first = element.children().isEmpty() ? null : element.child(0);
        if (first != null && first.normalName().matches("strong|b|em|i|span|a|h[1-6]") && text.startsWith(first.text().strip())) {
            prefix = first.text().strip();
        } else if (!element.getElementsByTag("br").isEmpty()) {
            StringBuilder beforeBreak = new StringBuilder();
            for (Node child : element.childNodes()) {
                if (child instanceof Element br && br.normalName().equals("br")) {
                    break;
                }
                beforeBreak.append(child instanceof TextNode t ? t.text() : ((Element) child).text());
            }
            prefix = collapse(beforeBreak.toString());
        }
        if (prefix != null && !prefix.isEmpty() && prefix.length() < text.length()) {
            String rest = text.substring(text.indexOf(prefix) + prefix.length()).strip();
            if (!rest.isEmpty() && OPENING_QUOTES.indexOf(rest.charAt(0)) >= 0) {
                return new Block(element, rest, prefix);
            }
        }
        return new Block(element, text, null);
    }

    static String collapse(String text) {
        return text.replaceAll("[\\s\u00a0]+", " ").strip();
    }
}
