package org.pubharvest.transform.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.pubharvest.transform.text.Text;

/** Author names: cleaned, "Last, First" turned round, separators and repeats dropped. */
public final class PersonNames {

    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s,;]+|[\\s,;]+$");
    private static final Pattern LEADING_AND = Pattern.compile("^(and|&)\\s+", Pattern.CASE_INSENSITIVE);

    private PersonNames() {
    }

    public static List<String> clean(List<String> stated) {
        List<String> names = new ArrayList<>();
        for (String raw : stated) {
            String name = cleanOne(raw);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static String cleanOne(String raw) {
        String name = Text.clean(raw);
        if (name == null) {
            return null;
        }
        name = LEADING_AND.matcher(EDGE_PUNCTUATION.matcher(name).replaceAll("")).replaceAll("");
        int comma = name.indexOf(',');
        // "Schölkopf, Bernhard" is how some citation tags write names; one comma means last-first.
        if (comma > 0 && comma == name.lastIndexOf(',') && !name.matches(".*,\\s*(Jr|Sr|II|III|IV)\\.?$")) {
            name = name.substring(comma + 1).trim() + " " + name.substring(0, comma).trim();
        }
        return Text.clean(name);
    }
}
