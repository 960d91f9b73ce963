package org.pubharvest.ingest.visible;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * The words of an element's class and id, split at dashes, underscores and camel case
 * ({@code PublicationPage-authorList} is publication, page, author, list), so that a part of a
 * page is recognized by what its class names say whatever naming scheme the site uses.
 */
final class ClassWords {

    private ClassWords() {
    }

    static Set<String> of(Element element) {
        Set<String> words = new HashSet<>();
        add(element.className(), words);
        add(element.id(), words);
        return words;
    }

    static boolean hasAny(Element element, Set<String> wanted) {
        if (element.className().isEmpty() && element.id().isEmpty()) {
            return false;
        }
        for (String word : of(element)) {
            if (wanted.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static void add(String attribute, Set<String> words) {
        if (attribute.isEmpty()) {
            return;
        }
        String spaced = attribute.replaceAll("([a-z])([A-Z])", "$1 $2");
        for (String word : spaced.split("[^A-Za-z]+")) {
            if (!word.isEmpty()) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
    }
}
