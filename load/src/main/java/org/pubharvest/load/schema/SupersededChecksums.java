package org.pubharvest.load.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.flywaydb.core.api.MigrationInfo;

/**
 * The checksums migrations had before they were rewritten in re-runnable forms
 * ({@code db/history/superseded-checksums.tsv}). A warehouse migrated by an older release
 * recorded those; they stand for the same migration, so its history row is brought up to date
 * instead of failing validation. Any other checksum mismatch still fails it.
 */
final class SupersededChecksums {

    static final String RESOURCE = "db/history/superseded-checksums.tsv";

    private final Set<String> versionAndChecksum;

    private SupersededChecksums(Set<String> versionAndChecksum) {
        this.versionAndChecksum = Set.copyOf(versionAndChecksum);
    }

    static SupersededChecksums bundled() {
        try (InputStream in = SupersededChecksums.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, RESOURCE + " is missing from the classpath");
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SupersededChecksums read(InputStream in) throws IOException {
        Set<String> entries = new HashSet<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            entries.add(key(columns[0].trim(), Integer.parseInt(columns[1].trim())));
        }
        return new SupersededChecksums(entries);
    }

    /** An applied migration whose recorded checksum is an earlier form of the file now resolved. */
    boolean isEarlierFormOf(MigrationInfo migration) {
        Integer applied = migration.getAppliedChecksum();
        Integer resolved = migration.getResolvedChecksum();
        return migration.isApplied() && migration.getVersion() != null && applied != null && resolved != null
                && !applied.equals(resolved)
                && versionAndChecksum.contains(key(migration.getVersion().getVersion(), applied));
    }

    private static String key(String version, int checksum) {
        return version + "\t" + checksum;
    }
}
