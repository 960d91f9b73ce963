package org.pubharvest.ingest.samplesite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The sample site bundled on the classpath under {@value #ROOT}: pages that imitate Amazon
 * Science, indexed by {@code manifest.tsv} (canonical url, tab, file). The offline demo serves it
 * and the tests serve it with WireMock.
 */
public final class SampleSite {

    public static final String ROOT = "pubharvest-sample-site/";

    private final List<SamplePage> pages;

    private SampleSite(List<SamplePage> pages) {
        this.pages = List.copyOf(pages);
    }

    public static SampleSite bundled() {
        List<SamplePage> pages = new ArrayList<>();
        try (InputStream in = open("manifest.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 2) {
                    throw new IllegalStateException("manifest.tsv line is not 'url<TAB>file': " + line);
                }
                pages.add(new SamplePage(columns[0].trim(), columns[1].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample site's manifest", e);
        }
        return new SampleSite(pages);
    }

    public List<SamplePage> pages() {
        return pages;
    }

    /** The bytes of a file of the site, e.g. {@code expected/publications.jsonl}. */
    public byte[] read(String file) {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample site file " + file, e);
        }
    }

    private static InputStream open(String file) {
        InputStream in = SampleSite.class.getClassLoader().getResourceAsStream(ROOT + file);
        return Objects.requireNonNull(in, () -> "no sample site file " + ROOT + file + " on the classpath");
    }
}
