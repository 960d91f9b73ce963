package org.pubharvest.transform.publication;

import org.pubharvest.ingest.extract.ScrapedPublication;
import org.pubharvest.transform.text.Text;

/**
 * Where in its venue a publication appeared, cleaned; any part null when the page does not say.
 *
 * @param publisher the publisher
 * @param volume    the volume
 * @param issue     the issue
 * @param firstPage the first page, or the article number
 * @param issn      an ISSN of the journal, as {@code NNNN-NNNX}
 * @param language  the language as stated (usually an ISO 639 code)
 */
public record Bibliographic(String publisher, String volume, String issue, String firstPage, String issn,
                            String language) {

    public static final Bibliographic NONE = new Bibliographic(null, null, null, null, null, null);

    static Bibliographic of(ScrapedPublication.BibliographicDetails stated) {
        return new Bibliographic(Text.clean(stated.publisher()), Text.clean(stated.volume()),
                Text.clean(stated.issue()), Text.clean(stated.firstPage()), issn(stated.issn()),
                Text.clean(stated.language()));
    }

    /** "1234-567X" from "ISSN 1234-567x" or "1234567X"; what is no ISSN is dropped. */
    private static String issn(String stated) {
        String text = Text.clean(stated);
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(\\d{4})-?(\\d{3}[\\dXx])").matcher(text);
        return matcher.find() ? matcher.group(1) + "-" + matcher.group(2).toUpperCase(java.util.Locale.ROOT) : null;
    }
}
