package org.pubharvest.transform.ranking;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.pubharvest.transform.text.Text;

/**
 * Similarity of folded text by word shingles (runs of consecutive words). Folding first (lower
 * case, accents off, punctuation to spaces) makes the lists' quote and dash quirks irrelevant.
 * Shingles of three words are rare enough that two unrelated abstracts share few of them even when
 * they share vocabulary ("in this paper we", "state of the art" aside), while a quote that is cut
 * short or lightly edited keeps most of its own.
 */
public final class TextSimilarity {

    static final int ABSTRACT_SHINGLE = 3;
    static final int TITLE_SHINGLE = 2;

    private TextSimilarity() {
    }

    /** The shingles of {@code size} words; a text shorter than that is one shingle of all its words. */
    public static Set<String> shingles(String text, int size) {
        String folded = Text.fold(text);
        Set<String> shingles = new HashSet<>();
        if (folded.isEmpty()) {
            return shingles;
        }
        List<String> words = List.of(folded.split(" "));
        if (words.size() <= size) {
            shingles.add(folded);
            return shingles;
        }
        for (int start = 0; start + size <= words.size(); start++) {
            shingles.add(String.join(" ", words.subList(start, start + size)));
        }
        return shingles;
    }

    /**
     * How much of {@code part} is found in {@code whole}: the share of its shingles that {@code whole}
     * has. Asymmetric on purpose: a list quotes an abstract, often only its first sentences.
     */
    public static double containment(Set<String> part, Set<String> whole) {
        if (part.isEmpty() || whole.isEmpty()) {
            return 0;
        }
        return (double) shared(part, whole) / part.size();
    }

    /** Dice coefficient: symmetric, for titles, where neither side is an excerpt of the other. */
    public static double dice(Set<String> one, Set<String> other) {
        if (one.isEmpty() || other.isEmpty()) {
            return 0;
        }
        return 2.0 * shared(one, other) / (one.size() + other.size());
    }

    private static int shared(Set<String> one, Set<String> other) {
        int shared = 0;
        for (String shingle : one) {
            if (other.contains(shingle)) {
                shared++;
            }
        }
        return shared;
    }
}
