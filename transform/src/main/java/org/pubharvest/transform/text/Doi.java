package org.pubharvest.transform.text;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** DOIs in their bare, lower-case form ("10.1145/3477132.3483540"); DOIs compare case-insensitively. */
public final class Doi {

    private static final Pattern DOI = Pattern.compile("(10\\.\\d{4,9}/\\S+)");

    private Doi() {
    }

    /** The bare DOI inside "doi:10.x/y", "https://doi.org/10.x/y" or "10.x/y"; empty if there is none. */
    public static Optional<String> normalize(String stated) {
        String text = Text.clean(stated);
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = DOI.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String doi = matcher.group(1).replaceAll("[.,;]+$", "");
        return Optional.of(doi.toLowerCase(Locale.ROOT));
    }
}
