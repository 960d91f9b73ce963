package org.pubharvest.transform.job;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.pubharvest.transform.text.Text;

/**
 * Reads location lines. Cards write country first ("US, WA, Seattle", "IN, Chennai"); the
 * amazon.jobs search index writes it last ("Tel Aviv-Yafo, Tel Aviv, ISR"). Whichever end holds a
 * known country decides the order. A line with no known country is unreadable, with the reason:
 * an unknown code is never guessed at.
 */
public final class LocationParser {

    private LocationParser() {
    }

    public static ParsedLocation parse(String stated) {
        String line = Text.clean(stated);
        if (line == null) {
            return new ParsedLocation.Unreadable("no location");
        }
        List<String> parts = Arrays.stream(line.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        if (parts.isEmpty() || parts.size() > 3) {
            return new ParsedLocation.Unreadable("location '" + line + "' is not country, region, city");
        }
        Optional<String> first = Countries.alpha2(parts.get(0));
        if (first.isPresent()) {
            return read(first.get(), parts.subList(1, parts.size()));
        }
        Optional<String> last = Countries.alpha2(parts.get(parts.size() - 1));
        if (last.isPresent() && parts.size() > 1) {
            List<String> rest = parts.subList(0, parts.size() - 1);
            return read(last.get(), rest.size() == 2 ? List.of(rest.get(1), rest.get(0)) : rest);
        }
        String code = parts.size() > 1 && !looksLikeCode(parts.get(0)) ? parts.get(parts.size() - 1) : parts.get(0);
        return new ParsedLocation.Unreadable("unknown country '" + code + "' in location '" + line + "'");
    }

    /** A location given in parts (JSON-LD's address); the country may be a code or a name. */
    public static ParsedLocation of(String country, String region, String city) {
        String stated = Text.clean(country);
        if (stated == null) {
            return new ParsedLocation.Unreadable("no country in the address");
        }
        return Countries.alpha2(stated)
                .<ParsedLocation>map(code -> new ParsedLocation.Read(new Location(code, Text.clean(region), Text.clean(city))))
                .orElseGet(() -> new ParsedLocation.Unreadable("unknown country '" + stated + "' in the address"));
    }

    /** @param after the parts after the country, in the order region, city (or just the city) */
    private static ParsedLocation read(String country, List<String> after) {
        if (after.isEmpty()) {
            return new ParsedLocation.Read(new Location(country, null, null));
        }
        if (after.size() == 1) {
            return new ParsedLocation.Read(new Location(country, null, after.get(0)));
        }
        return new ParsedLocation.Read(new Location(country, after.get(0), after.get(1)));
    }

    private static boolean looksLikeCode(String part) {
        return part.matches("[A-Za-z]{2,3}");
    }
}
