package org.pubharvest.ingest.ranking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pubharvest.ingest.bound.ExtractionDeadline;

/**
 * Finds the entries of a most-read list by what an entry is, a quoted abstract with what goes
 * around it, not by class names. The list is the smallest part of the page that holds every
 * quoted abstract. When each of its children holds one abstract with more beside it (list items,
 * articles, rows), those children are the entries; when the abstracts stand in one flat run of
 * paragraphs and headings, the run is cut at the entries' numbers ("1.") or, without numbers, just
 * before each abstract and the title line above it. The profile's item selector is a hint tried
 * first.
 */
final class RankedEntries {

    /**
     * One entry's blocks, in reading order.
     *
     * @param container the element that holds the whole entry, or null in a flat run
     * @param blocks    its blocks
     */
    record Entry(Element container, List<ListBlocks.Block> blocks) {
    }

    private static final int MAX_ENTRIES = 200;

    private RankedEntries() {
    }

    static List<Entry> of(Document document, String itemSelector) {
        List<Entry> entries = find(document, itemSelector);
        // A ranked list of hundreds is no "most read" list but a hostile page; its first entries are kept.
        return entries.size() > MAX_ENTRIES ? List.copyOf(entries.subList(0, MAX_ENTRIES)) : entries;
    }

    private static List<Entry> find(Document document, String itemSelector) {
        List<Entry> hinted = new ArrayList<>();
        if (itemSelector != null) {
            for (Element item : document.select(itemSelector)) {
                ExtractionDeadline.check();
                List<ListBlocks.Block> blocks = ListBlocks.of(item);
                if (blocks.stream().anyMatch(ListBlocks.Block::opensQuote)) {
                    hinted.add(new Entry(item, blocks));
                }
            }
        }
        if (!hinted.isEmpty()) {
            return hinted;
        }
        List<ListBlocks.Block> all = ListBlocks.of(document.body() == null ? document : document.body());
        List<ListBlocks.Block> openings = all.stream().filter(ListBlocks.Block::opensAbstract).toList();
        if (openings.isEmpty()) {
            return List.of();
        }
        Element list = commonAncestor(openings);
        List<Entry> contained = containedEntries(list, openings);
        return contained != null ? contained : flatEntries(ListBlocks.of(list));
    }

    /** The list's children as entries, when each holds one opening and something besides; else null. */
    private static List<Entry> containedEntries(Element list, List<ListBlocks.Block> openings) {
        Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Entry> entries = new ArrayList<>();
        for (ListBlocks.Block opening : openings) {
            Element child = childOf(list, opening.element());
            if (child == null || child == opening.element() || !seen.add(child)) {
                return null;
            }
            entries.add(new Entry(child, ListBlocks.of(child)));
        }
        return entries;
    }

    /** A flat run cut into entries at each number, or without numbers, at each opening and its title line. */
    private static List<Entry> flatEntries(List<ListBlocks.Block> blocks) {
        boolean numbered = blocks.stream().anyMatch(block -> block.number() != null);
        List<Integer> starts = new ArrayList<>();
        boolean afterBlogLink = false;
        boolean quoteOpen = false;
        for (int i = 0; i < blocks.size(); i++) {
            ListBlocks.Block block = blocks.get(i);
            if (numbered ? block.number() != null : block.opensAbstract() && !quoteOpen) {
                int start = i;
                ListBlocks.Block previous = i > 0 ? blocks.get(i - 1) : null;
                if (!numbered && previous != null && previous.looksLikeTitle() && !afterBlogLink
                        && previous.link("/blog/") == null && previous.link("/publications/") == null) {
                    start = i - 1;
                }
                starts.add(start);
            }
            if (block.opensQuote()) {
                quoteOpen = !block.closesQuote();
            } else if (quoteOpen && block.closesQuote()) {
                quoteOpen = false;
            }
            afterBlogLink = block.link("/blog/") != null;
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : blocks.size();
            List<ListBlocks.Block> entryBlocks = blocks.subList(starts.get(i), end);
            if (entryBlocks.stream().anyMatch(ListBlocks.Block::opensAbstract)) {
                entries.add(new Entry(null, List.copyOf(entryBlocks)));
            }
        }
        return entries;
    }

    private static Element commonAncestor(List<ListBlocks.Block> blocks) {
        Element common = blocks.get(0).element();
        for (ListBlocks.Block block : blocks) {
            while (common != null && !holds(common, block.element())) {
                common = common.parent();
            }
        }
        // One abstract alone: its entry is around it, so the list is at least its grandparent.
        if (blocks.size() == 1 && common != null && common.parent() != null && common.parent().parent() != null) {
            common = common.parent().parent();
        }
        return common;
    }

    private static Element childOf(Element ancestor, Element descendant) {
        for (Element at = descendant; at != null; at = at.parent()) {
            ExtractionDeadline.check();
            if (at.parent() == ancestor) {
                return at;
            }
        }
        return null;
    }

    private static boolean holds(Element outer, Element inner) {
        return Markup.holds(outer, inner);
    }
}
