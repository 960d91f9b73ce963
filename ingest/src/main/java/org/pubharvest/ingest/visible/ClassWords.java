package org.pubharvest.ingest.visible;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.jsoup.nodes.Element;

/**
 * The words of an element's class and id, split at dashes, underscores, digits and camel case
 * ({@code PublicationPage-authorList} is publication, page, author, list), so that a part of a
 * page is recognized by what its class names say whatever naming scheme the site uses.
 */
final class ClassWords {

    private ClassWords() {
    }

    static Set<String> of(Element element) {
        Set<String> words = new HashSet<>();
        anyWord(element.className(), word -> !words.add(word));
        anyWord(element.id(), word -> !words.add(word));
        return words;
    }

    /** Asked of every element of a page several times, so the words are checked as they are split. */
    static boolean hasAny(Element element, Set<String> wanted) {
        String className = element.className();
        String id = element.id();
        return (!className.isEmpty() && anyWord(className, wanted::contains))
                || (!id.isEmpty() && anyWord(id, wanted::contains));
    }

    /** Whether a word of the attribute passes the test; words are lower case, split where a small letter meets a capital. */
    private static boolean anyWord(String attribute, Predicate<String> test) {
        StringBuilder word = new StringBuilder();
        char previous = ' ';
        for (int i = 0; i < attribute.length(); i++) {
            char c = attribute.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            boolean camelBreak = c >= 'A' && c <= 'Z' && previous >= 'a' && previous <= 'z';
            if ((!letter || camelBreak) && passes(word, test)) {
                return true;
            }
            if (letter) {
                word.append(Character.toLowerCase(c));
            }
            previous = c;
        }
        return passes(word, test);
    }

    private static boolean passes(StringBuilder word, Predicate<String> test) {
        boolean passes = !word.isEmpty() && test.test(word.toString());
        word.setLength(0);
        return passes;
    }
}
