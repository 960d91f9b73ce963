package org.pubharvest.transform.job;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sections of a one-paragraph description, whose headings run inline: "... Key job
 * responsibilities - Lead ... A day in the life As a ... About the team The MIDAS team ...".
 * A heading counts only where it starts a section: after a space, before a capital or a bullet,
 * so that "tell us about the team you lead" splits nothing. Any section may be missing.
 *
 * @param responsibilities "Key job responsibilities", or null
 * @param dayInTheLife     "A day in the life", or null
 * @param aboutTheTeam     "About the team", or null
 */
public record JobSections(String responsibilities, String dayInTheLife, String aboutTheTeam) {

    static final String RESPONSIBILITIES = "Key job responsibilities";
    static final String DAY_IN_THE_LIFE = "A day in the life";
    static final String ABOUT_THE_TEAM = "About the team";
    private static final Pattern HEADING = Pattern.compile("(?:(?<=\\s)|^)(" + RESPONSIBILITIES + "|" + DAY_IN_THE_LIFE
            + "|" + ABOUT_THE_TEAM + ")(?=\\s+[\\p{Lu}•*\\-–])");

    public static JobSections split(String description) {
        if (description == null) {
            return new JobSections(null, null, null);
        }
        String responsibilities = null;
        String dayInTheLife = null;
        String aboutTheTeam = null;
        Matcher heading = HEADING.matcher(description);
        boolean found = heading.find();
        while (found) {
            String name = heading.group(1);
            int start = heading.end();
            found = heading.find();
            String body = description.substring(start, found ? heading.start() : description.length()).strip();
            String text = body.isEmpty() ? null : body;
            // The first of a repeated heading wins: later ones are usually quoted inside a section.
            if (name.equals(RESPONSIBILITIES) && responsibilities == null) {
                responsibilities = text;
            } else if (name.equals(DAY_IN_THE_LIFE) && dayInTheLife == null) {
                dayInTheLife = text;
            } else if (name.equals(ABOUT_THE_TEAM) && aboutTheTeam == null) {
                aboutTheTeam = text;
            }
        }
        return new JobSections(responsibilities, dayInTheLife, aboutTheTeam);
    }
}
