package org.pubharvest.transform.job;

import java.util.regex.Pattern;

/** Facts about description text that the pages do not state. */
final class Descriptions {

    /** How a complete description ends: a sentence's punctuation, a closing bracket or quote. */
    private static final Pattern COMPLETE_END = Pattern.compile("[.!?)\\]\"'”’:;]$");
    private static final Pattern ENDS_WITH_URL = Pattern.compile("(?:^|\\s)https?://\\S+$");
    /** "Applied Scientist, Prime Video" or "Applied Scientist - Prime Video". */
    private static final Pattern TITLE_SUFFIX = Pattern.compile("(?:,| [-–]) +([^,]+)$");
    /** "The MIDAS team ...", "Our Alexa Speech team ...". */
    private static final Pattern TEAM_NAME = Pattern.compile("\\b(?:The|Our) (\\p{Lu}[\\p{L}\\p{N}&.'-]*(?: [\\p{Lu}&][\\p{L}\\p{N}&.'-]*)*) team\\b");

    private Descriptions() {
    }

    /**
     * Cards cut descriptions short, with or without an ellipsis. A description that ends in
     * neither sentence punctuation nor a url (one reference card ends "please visit
     * https://www.amazon.science") was cut.
     */
    static boolean isCutShort(String description) {
        if (description == null) {
            return false;
        }
        if (description.endsWith("…") || description.endsWith("...")) {
            return true;
        }
        return !COMPLETE_END.matcher(description).find() && !ENDS_WITH_URL.matcher(description).find();
    }

    /**
     * The team: the title's suffix where it has one (it is how the site labels the team),
     * otherwise the name that "About the team" opens with; null when neither says.
     */
    static String team(String title, String aboutTheTeam) {
        var suffix = title == null ? null : TITLE_SUFFIX.matcher(title);
        if (suffix != null && suffix.find()) {
            return suffix.group(1).strip();
        }
        var name = aboutTheTeam == null ? null : TEAM_NAME.matcher(aboutTheTeam);
        return name != null && name.find() ? name.group(1) : null;
    }
}
