package org.pubharvest.transform.area;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.pubharvest.transform.text.Text;

/**
 * The research-area taxonomy. A tag is resolved by the slug in its link when it has one, else by
 * its name; tags linking to an area outside the list keep their own slug and name. Keywords
 * (from metadata) only count when they name a known area.
 */
public final class ResearchAreaCatalog {

    private final Map<String, ResearchArea> bySlug;
    private final Map<String, ResearchArea> byFoldedName;

    private ResearchAreaCatalog(Map<String, ResearchArea> bySlug, Map<String, ResearchArea> byFoldedName) {
        this.bySlug = Map.copyOf(bySlug);
        this.byFoldedName = Map.copyOf(byFoldedName);
    }

    public static ResearchAreaCatalog bundled() {
        Map<String, ResearchArea> bySlug = new HashMap<>();
        Map<String, ResearchArea> byName = new HashMap<>();
        try (InputStream in = Objects.requireNonNull(
                ResearchAreaCatalog.class.getResourceAsStream("/org/pubharvest/transform/research-areas.tsv"),
                "research-areas.tsv is missing from the classpath");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                ResearchArea area = new ResearchArea(columns[0], columns[1]);
                bySlug.put(area.slug(), area);
                byName.put(Text.fold(area.name()), area);
                byName.put(Text.fold(area.slug()), area);
                if (columns.length > 2) {
                    for (String alias : columns[2].split("\\|")) {
                        if (!alias.isBlank()) {
                            byName.put(Text.fold(alias), area);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read research-areas.tsv", e);
        }
        return new ResearchAreaCatalog(bySlug, byName);
    }

    /** A tag as shown on a page: its link's slug decides, then its name. */
    public Optional<ResearchArea> resolveTag(String name, String url) {
        String cleanName = Text.clean(name);
        String slug = slugOf(url);
        if (slug != null) {
            return Optional.of(bySlug.getOrDefault(slug, new ResearchArea(slug, cleanName == null ? slug : cleanName)));
        }
        if (cleanName == null) {
            return Optional.empty();
        }
        return Optional.of(byFoldedName.getOrDefault(Text.fold(cleanName),
                new ResearchArea(Text.slug(cleanName), cleanName)));
    }

    /** A metadata keyword, only when it names a known area. */
    public Optional<ResearchArea> resolveKeyword(String keyword) {
        return Optional.ofNullable(byFoldedName.get(Text.fold(keyword)));
    }

    private static String slugOf(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String path = URI.create(url.trim()).getPath();
            if (path == null) {
                return null;
            }
            String[] segments = path.split("/");
            return segments.length == 0 || segments[segments.length - 1].isBlank() ? null : segments[segments.length - 1];
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
