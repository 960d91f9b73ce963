package org.pubharvest.transform.ranking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ties ranking entries to harvested publications, strongest evidence first: the list's own link to
 * the publication page, then the link in the entry's blog post, then text similarity of the quoted
 * abstract (or the title) to the publications' abstracts (or titles). Pure: the caller hands in the
 * publications and the blog posts' paper links.
 */
public final class RankingLinker {

    /**
     * Text similarity at or above which an entry is linked to its most similar publication. Measured
     * on the sample site (README, "Rankings"): true pairs score 0.93 and up (a lightly edited quote),
     * the best wrong candidate of any entry 0.20 at most (a quote that shares one sentence with another
     * paper's abstract); 0.5 sits in the middle of that gap, so a quote may lose half its shingles to
     * edits and still link, and may share a third of them with another paper and still not.
     */
    public static final double THRESHOLD = 0.5;

    private final Map<String, Indexed> byUrl = new LinkedHashMap<>();

    public RankingLinker(Collection<PublicationText> publications) {
        for (PublicationText publication : publications) {
            byUrl.put(publication.url(), new Indexed(publication,
                    TextSimilarity.shingles(publication.abstractText(), TextSimilarity.ABSTRACT_SHINGLE),
                    TextSimilarity.shingles(publication.title(), TextSimilarity.TITLE_SHINGLE)));
        }
    }

    /**
     * @param entry        the entry
     * @param blogPaperUrl the publication its blog post links, or null (no post, post not harvested, or
     *                     a post without a paper link)
     */
    public LinkDecision link(RankingEntry entry, String blogPaperUrl) {
        List<String> notes = new ArrayList<>();
        if (entry.publicationUrl() != null) {
            if (byUrl.containsKey(entry.publicationUrl())) {
                return new LinkDecision.Linked(entry.publicationUrl(), LinkMethod.PUBLICATION_LINK, null,
                        "the list links the publication page");
            }
            notes.add("the list links " + entry.publicationUrl() + ", which is not harvested");
        }
        if (blogPaperUrl != null) {
            if (byUrl.containsKey(blogPaperUrl)) {
                return new LinkDecision.Linked(blogPaperUrl, LinkMethod.BLOG_POST_LINK, null,
                        "the blog post " + entry.blogUrl() + " links the publication page");
            }
            notes.add("its blog post links " + blogPaperUrl + ", which is not harvested");
        }
        List<TextMatch> matches = textMatches(entry);
        if (matches.isEmpty()) {
            notes.add("it quotes no abstract or title to compare");
            return new LinkDecision.Unlinked(String.join("; ", notes), null);
        }
        TextMatch best = matches.get(0);
        String nextBest = matches.size() > 1 ? score(matches.get(1).score()) : "none";
        if (best.score() >= THRESHOLD) {
            return new LinkDecision.Linked(best.publicationUrl(), LinkMethod.TEXT_MATCH, best.score(),
                    best.basis() + " similarity " + score(best.score()) + " (next best " + nextBest + ", threshold "
                            + score(THRESHOLD) + ")");
        }
        notes.add("no harvested publication is similar enough: the best, " + best.publicationUrl() + ", scores "
                + score(best.score()) + " on its " + best.basis() + ", below the threshold " + score(THRESHOLD));
        return new LinkDecision.Unlinked(String.join("; ", notes), best.score());
    }

    /** Every publication's similarity to the entry's text, best first; empty when the entry has no text. */
    public List<TextMatch> textMatches(RankingEntry entry) {
        Set<String> quoted = TextSimilarity.shingles(entry.abstractText(), TextSimilarity.ABSTRACT_SHINGLE);
        Set<String> title = TextSimilarity.shingles(entry.title(), TextSimilarity.TITLE_SHINGLE);
        if (quoted.isEmpty() && title.isEmpty()) {
            return List.of();
        }
        List<TextMatch> matches = new ArrayList<>();
        for (Indexed candidate : byUrl.values()) {
            double byAbstract = TextSimilarity.containment(quoted, candidate.abstractShingles());
            double byTitle = TextSimilarity.dice(title, candidate.titleShingles());
            matches.add(byTitle > byAbstract
                    ? new TextMatch(candidate.publication().url(), byTitle, "title")
                    : new TextMatch(candidate.publication().url(), byAbstract, "abstract"));
        }
        // Ties go to the url, so that the decision does not depend on the order publications came in.
        matches.sort(Comparator.comparingDouble(TextMatch::score).reversed().thenComparing(TextMatch::publicationUrl));
        return matches;
    }

    private static String score(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private record Indexed(PublicationText publication, Set<String> abstractShingles, Set<String> titleShingles) {
    }
}
