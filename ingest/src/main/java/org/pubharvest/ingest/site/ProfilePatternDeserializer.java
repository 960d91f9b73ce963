package org.pubharvest.ingest.site;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.pubharvest.ingest.bound.BacktrackingProbe;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a profile's regular expression and refuses one that backtracks catastrophically, at load time
 * and naming its key: such a pattern would spend a page's whole time limit on one url or sentence.
 */
final class ProfilePatternDeserializer extends StdDeserializer<Pattern> {

    ProfilePatternDeserializer() {
        super(Pattern.class);
    }

    @Override
    public Pattern deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (Pattern) context.handleUnexpectedToken(Pattern.class, parser);
        }
        String regex = parser.getString();
        String key = key(parser);
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("pattern at '" + key + "' is not a valid regular expression: "
                    + e.getDescription() + ": " + regex, e);
        }
        Optional<String> runaway = BacktrackingProbe.runawayInput(pattern);
        if (runaway.isPresent()) {
            throw new IllegalArgumentException("pattern at '" + key + "' backtracks catastrophically (it read "
                    + BacktrackingProbe.describe(runaway.get()) + " over " + BacktrackingProbe.READS_PER_CHARACTER
                    + " times): " + regex);
        }
        return pattern;
    }

    /** "ranking-lists.venue-award[0]": the key as the YAML nests it. */
    private static String key(JsonParser parser) {
        StringBuilder key = new StringBuilder();
        for (String segment : parser.streamReadContext().pathAsPointer().toString().substring(1).split("/")) {
            if (segment.chars().allMatch(Character::isDigit) && !segment.isEmpty()) {
                key.append('[').append(segment).append(']');
            } else {
                key.append(key.isEmpty() ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return key.toString();
    }
}
