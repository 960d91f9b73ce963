package org.pubharvest.ingest.bound;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matchers for the regular expressions a site profile brings, which run on text a page chose: the text
 * is cut to {@link #MAX_INPUT} characters (no url, sentence or paragraph a profile looks for is longer)
 * and read through the extraction's deadline.
 */
public final class BoundedMatch {

    /** The most characters a profile's pattern reads. */
    public static final int MAX_INPUT = 20_000;

    private BoundedMatch() {
    }

    public static Matcher matcher(Pattern pattern, CharSequence text) {
        CharSequence capped = text.length() > MAX_INPUT ? text.subSequence(0, MAX_INPUT) : text;
        return pattern.matcher(new DeadlineCharSequence(capped));
    }
}
