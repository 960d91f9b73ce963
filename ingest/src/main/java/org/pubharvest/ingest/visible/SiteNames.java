package org.pubharvest.ingest.visible;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.pubharvest.ingest.metadata.MetaTags;

/** The names a site goes by: what its meta tags call it, and its host. */
final class SiteNames {

    private SiteNames() {
    }

    /** The site's own name from its meta tags, with the tag it came from; null when none says. */
    static MetaTags.Named declared(Document document) {
        return MetaTags.firstNamed(document, "og:site_name", "application-name", "apple-mobile-web-app-title");
    }

    /** Every name to strip from a {@code <title>}: declared names and the host's distinctive label. */
    static List<String> all(Document document) {
        List<String> names = new ArrayList<>();
        MetaTags.Named declared = declared(document);
        if (declared != null) {
            names.addAll(declared.values());
        }
        String host = host(document.location());
        if (host != null) {
            names.add(host);
        }
        return names;
    }

    /**
     * Whether a piece of a title is the site's name: equal once folded, or a short piece (four
     * words at most) that holds a name or the host's label ("Amazon Science" on amazon.science).
     */
    static boolean isSiteName(String segment, List<String> names) {
        String folded = fold(segment);
        if (folded.isEmpty()) {
            return false;
        }
        boolean shortPiece = segment.strip().split("\\s+").length <= 4;
        for (String name : names) {
            String other = fold(name);
            if (!other.isEmpty() && (folded.equals(other) || (shortPiece && other.length() >= 4 && folded.contains(other))
                    || (shortPiece && folded.length() >= 4 && other.contains(folded)))) {
                return true;
            }
        }
        return false;
    }

    /** "www.journalofx.org" gives "journalofx": the label that names the site. */
    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            if (host == null) {
                return null;
            }
            String[] labels = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "").split("\\.");
            return labels.length == 0 ? null : labels[0];
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
