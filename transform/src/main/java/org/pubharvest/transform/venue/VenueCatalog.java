package org.pubharvest.transform.venue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.pubharvest.transform.text.Text;

/**
 * Turns a venue as a page states it ("SOSP 2021", "SOSP '21: ACM SIGOPS 28th Symposium on
 * Operating Systems Principles", "Proceedings of the ...") into one canonical {@link Venue}.
 * Known venues come from {@code venues.tsv}; an unknown one gets a key made from its name with
 * the year, ordinals and "Proceedings of" taken out, so its spellings still meet.
 */
public final class VenueCatalog {

    private static final Pattern YEARS = Pattern.compile("(?<!\\d)(19|20)\\d\\d(?!\\d)|['\u2019]\\d{2}\\b");
    private static final Pattern ORDINALS = Pattern.compile("\\b\\d+(st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROCEEDINGS = Pattern.compile("^(proceedings of( the)?|in proceedings of( the)?)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_ACRONYM = Pattern.compile("^([A-Z][A-Za-z&-]*[A-Z])\\b");

    private final List<Entry> entries;

    private VenueCatalog(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static VenueCatalog bundled() {
        try (InputStream in = VenueCatalog.class.getResourceAsStream("/org/pubharvest/transform/venues.tsv")) {
            return read(Objects.requireNonNull(in, "venues.tsv is missing from the classpath"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read venues.tsv", e);
        }
    }

    static VenueCatalog read(InputStream tsv) throws IOException {
        List<Entry> entries = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            Venue venue = new Venue(columns[0], columns[1].isEmpty() ? null : columns[1], columns[2]);
            List<String> spellings = new ArrayList<>();
            spellings.add(Text.fold(columns[1]));
            spellings.add(Text.fold(columns[2]));
            if (columns.length > 3) {
                for (String alias : columns[3].split("\\|")) {
                    spellings.add(Text.fold(alias));
                }
            }
            spellings.removeIf(String::isEmpty);
            entries.add(new Entry(venue, spellings));
        }
        return new VenueCatalog(entries);
    }

    /** The canonical venue for a stated one; empty when nothing is stated. */
    public Optional<Venue> resolve(String stated) {
        String cleaned = Text.clean(stated);
        if (cleaned == null) {
            return Optional.empty();
        }
        String folded = " " + Text.fold(cleaned) + " ";
        Venue best = null;
        int bestLength = 0;
        for (Entry entry : entries) {
            for (String spelling : entry.spellings()) {
                if (spelling.length() > bestLength && folded.contains(" " + spelling + " ")) {
                    best = entry.venue();
                    bestLength = spelling.length();
                }
            }
        }
        return Optional.of(best != null ? best : unknown(cleaned));
    }

    private static Venue unknown(String stated) {
        String name = PROCEEDINGS.matcher(ORDINALS.matcher(YEARS.matcher(stated).replaceAll("")).replaceAll(""))
                .replaceAll("").replaceAll("\\s*[:,-]\\s*$", "").replaceAll("^\\s*[:,-]\\s*", "");
        name = Text.clean(name);
        if (name == null) {
            name = stated;
        }
        var acronym = LEADING_ACRONYM.matcher(name);
        String acronymText = acronym.find() && acronym.group(1).length() <= 12 ? acronym.group(1) : null;
        String key = acronymText != null && Text.fold(name).equals(Text.fold(acronymText))
                ? Text.slug(acronymText) : Text.slug(name);
        return new Venue(key, acronymText, name);
    }

    private record Entry(Venue venue, List<String> spellings) {
    }
}
