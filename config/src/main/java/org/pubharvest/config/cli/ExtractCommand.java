package org.pubharvest.config.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.pubharvest.ingest.fetch.FetchedPage;

/**
 * {@code extract <file.html> --url=URL [--explain]}: parses one saved page as if fetched from the
 * url and prints one JSON object per record it holds on stdout, nothing else (see
 * {@link PageRecords}); a page with none prints nothing. {@code --explain} adds to each
 * publication where each field was read. Needs no database and starts no Spring context, so it is
 * quick to use while writing a site profile.
 */
final class ExtractCommand implements Command {

    /** The default of {@code pubharvest.harvest.max-extract-time}: this command reads no settings. */
    private static final Duration MAX_EXTRACT_TIME = Duration.ofSeconds(10);

    @Override
    public int run(Arguments arguments, PrintStream out) {
        arguments.allowOnly("url", "explain");
        arguments.requirePositional(1, "one saved page file");
        String url = arguments.required("url");
        boolean explain = arguments.has("explain");
        requireHttpUrl(url);
        Path file = Path.of(arguments.positional().get(0));
        byte[] body = read(file);

        FetchedPage page = new FetchedPage(url, 200, null, null, null, body, modifiedTime(file));
        PageRecords found = PageRecords.within(MAX_EXTRACT_TIME, page, explain);
        found.records().forEach(record -> out.println(RecordJson.line(record)));
        if (found.records().isEmpty() && !found.rejects().isEmpty()) {
            throw new CommandFailedException("rejected " + url + ": " + String.join("; ", found.rejects()));
        }
        // Records were printed: what else the page held but could not give is said, not fatal.
        found.rejects().forEach(reject -> System.err.println("rejected on " + url + ": " + reject));
        return Cli.OK;
    }

    private static void requireHttpUrl(String url) {
        try {
            String scheme = URI.create(url).getScheme();
            if (!"http".equals(scheme) && !"https".equals(scheme)) {
                throw new UsageException("--url must be an http(s) url, got '" + url + "'");
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException("--url is not a valid url: '" + url + "'");
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + file);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static Instant modifiedTime(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.now();
        }
    }
}
