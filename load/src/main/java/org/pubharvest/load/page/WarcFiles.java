package org.pubharvest.load.page;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The WARC files of one warehouse's page archive, in one directory: appended to by the fetch step,
 * read at an offset by extraction, rotated at a size. A file is named
 * {@code pubharvest-<warehouse>-<opened, UTC>-<n>.warc.gz}; the warehouse part is the id the warehouse
 * keeps in {@code page_archive}, so that several warehouses may share a directory and each only ever
 * touches its own files. The workers of a distributed run append to one warehouse's archive at once, so
 * each names its files {@code pubharvest-<warehouse>-<writer>-<opened, UTC>-<n>.warc.gz} and only ever
 * appends to its own. Each file starts with a {@code warcinfo} record.
 *
 * <p>A kill can cut the last write short. The index in the database is committed only after its
 * records are forced to disk, so everything after the last indexed record of the newest file is either
 * whole records of a chunk that never committed or a record cut short. Before its first append a
 * process walks that tail ({@link GzipMembers}), cuts the file after the last whole record, and appends
 * from there: the cut record was never indexed, and its url is fetched again because its chunk never
 * committed either. Older files ended whole, at a rotation.
 */
public final class WarcFiles {

    private static final Logger log = LoggerFactory.getLogger(WarcFiles.class);
    private static final DateTimeFormatter OPENED = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);
    static final String SUFFIX = ".warc.gz";
    private static final Pattern WRITER = Pattern.compile("[a-z0-9][a-z0-9.-]{0,62}");
    private static final Pattern OPENED_AND_NUMBER = Pattern.compile("\\d{17}-\\d{5}" + Pattern.quote(SUFFIX));

    private final Path directory;
    private final long maxFileSize;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final String software;
    private final String writer;

    private String warehouseId;
    private String prefix;
    private FileChannel current;
    private String currentName;
    /** Where the current file's first record after its warcinfo starts: a file never rotates before one. */
    private long warcinfoEnd;
    private int sequence;

    /**
     * @param maxFileSize a file that would grow past this is closed and the next record starts a new one
     * @param software    what the {@code warcinfo} record names as the writer
     */
    public WarcFiles(Path directory, long maxFileSize, Clock clock, JdbcClient jdbc, String software) {
        this(directory, maxFileSize, clock, jdbc, software, "");
    }

    /**
     * @param writer empty for the one process that writes a warehouse's archive; else the name of this
     *               writer among several (a worker's), lower-case letters, digits, dots and dashes
     */
    public WarcFiles(Path directory, long maxFileSize, Clock clock, JdbcClient jdbc, String software, String writer) {
        this.writer = Objects.requireNonNull(writer, "writer");
        if (!writer.isEmpty() && !isWriterName(writer)) {
            throw new IllegalArgumentException("a WARC writer's name is lower-case letters, digits, dots and dashes: " + writer);
        }
        this.directory = Objects.requireNonNull(directory, "directory");
        if (maxFileSize <= 0) {
            throw new IllegalArgumentException("maxFileSize must be positive: " + maxFileSize);
        }
        this.maxFileSize = maxFileSize;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.software = Objects.requireNonNull(software, "software");
    }

    /** Whether a name can name a writer's files: lower-case letters, digits, dots and dashes, at most 63. */
    public static boolean isWriterName(String name) {
        return WRITER.matcher(name).matches();
    }

    public Path directory() {
        return directory;
    }

    /** Where a response record was written: the index's file, offset and length. */
    public record Location(String file, long offset, long length) {
    }

    /** Appends a fetch's records, rotating first if they would take the file past its size. */
    public synchronized Location append(WarcRecords records) {
        try {
            if (current == null) {
                openNewestOrNew();
            }
            long start = current.position();
            if (start + records.bytes().length > maxFileSize && start > warcinfoEnd) {
                current.force(false);
                current.close();
                openNew();
                start = current.position();
            }
            ByteBuffer bytes = ByteBuffer.wrap(records.bytes());
            while (bytes.hasRemaining()) {
                current.write(bytes);
            }
            return new Location(currentName, start + records.responseOffset(), records.responseLength());
        } catch (IOException e) {
            throw unwritable(e);
        }
    }

    /**
     * A failed write may have left part of a record: the file is let go, and the next append opens it
     * again through the same check a start makes, which cuts that part off.
     */
    private ArchiveUnwritableException unwritable(IOException e) {
        if (current != null) {
            try {
                current.close();
            } catch (IOException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            current = null;
        }
        return new ArchiveUnwritableException(directory, e);
    }

    /** Forces what was appended to the disk: the index that points at it is committed after this. */
    public synchronized void force() {
        if (current == null) {
            return;
        }
        try {
            current.force(false);
        } catch (IOException e) {
            throw unwritable(e);
        }
    }

    /** Closes the file being appended to; the next append opens it again (after checking its end). */
    public synchronized void close() {
        if (current != null) {
            try {
                current.force(false);
                current.close();
            } catch (IOException e) {
                log.warn("closing {}: {}", currentName, e.getMessage());
            }
            current = null;
        }
    }

    /** The response record at an offset, as jwarc reads it: the page's body is its HTTP payload. */
    public byte[] readBody(String file, long offset, long length) {
        Path path = directory.resolve(file);
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer record = ByteBuffer.allocate(Math.toIntExact(length));
            while (record.hasRemaining()) {
                if (channel.read(record, offset + record.position()) < 0) {
                    throw new IOException("the file ends before the record's end");
                }
            }
            try (WarcReader reader = new WarcReader(new ByteArrayInputStream(record.array()))) {
                Optional<WarcRecord> read = reader.next();
                if (read.isEmpty() || !(read.get() instanceof WarcResponse response)) {
                    throw new IOException("no response record at that offset");
                }
                return response.http().body().stream().readAllBytes();
            }
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(new IOException("the archived copy at " + path + " offset " + offset
                    + " cannot be read: " + e.getMessage(), e));
        }
    }

    private void openNewestOrNew() throws IOException {
        Files.createDirectories(directory);
        warehouseId = jdbc.sql("SELECT id FROM page_archive").query(String.class).single();
        prefix = "pubharvest-" + warehouseId + "-" + (writer.isEmpty() ? "" : writer + "-");
        Optional<Path> newest;
        try (Stream<Path> files = Files.list(directory)) {
            // Exactly this writer's own: another writer's name may begin like this one's, or with digits.
            newest = files.filter(file -> {
                String name = file.getFileName().toString();
                return name.startsWith(prefix) && OPENED_AND_NUMBER.matcher(name.substring(prefix.length())).matches();
            }).max(Path::compareTo);
        }
        if (newest.isEmpty()) {
            openNew();
            return;
        }
        FileChannel channel = FileChannel.open(newest.get(), StandardOpenOption.READ, StandardOpenOption.WRITE);
        String name = newest.get().getFileName().toString();
        long indexedEnd = jdbc.sql("SELECT COALESCE(MAX(warc_offset + warc_length), 0) FROM page WHERE warc_file = ?")
                .param(name).query(Long.class).single();
        long size = channel.size();
        long wholeEnd = GzipMembers.endOfWholeMembers(channel, Math.min(indexedEnd, size));
        if (wholeEnd < size) {
            log.warn("the WARC file {} ended in a record cut short (a kill or a failed write): cut {} bytes after its "
                    + "last whole record; that record was never indexed, and its page is fetched again", name, size - wholeEnd);
            channel.truncate(wholeEnd);
            channel.force(true);
        }
        if (wholeEnd == 0 || wholeEnd >= maxFileSize) {
            channel.close();
            if (wholeEnd == 0) {
                Files.delete(newest.get()); // nothing whole in it, not even its warcinfo
            }
            openNew();
            return;
        }
        channel.position(wholeEnd);
        current = channel;
        currentName = name;
        warcinfoEnd = 0;
    }

    private void openNew() throws IOException {
        String name;
        Path path;
        do {
            name = prefix + fileName(clock.instant(), sequence++);
            path = directory.resolve(name);
        } while (Files.exists(path));
        current = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        currentName = name;
        writeWarcinfo(current, name, clock.instant(), software);
        warcinfoEnd = current.position();
    }

    /** The name of a file a warehouse's only writer opened at an instant, the n-th of its process. */
    static String fileName(String warehouseId, Instant opened, int n) {
        return "pubharvest-" + warehouseId + "-" + fileName(opened, n);
    }

    private static String fileName(Instant opened, int n) {
        return OPENED.format(opened) + "-" + String.format("%05d", n) + SUFFIX;
    }

    /** The record a WARC file starts with, saying what wrote it and to which version of the standard. */
    static void writeWarcinfo(FileChannel channel, String name, Instant at, String software) throws IOException {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("software", List.of(software));
        fields.put("format", List.of("WARC File Format 1.1"));
        fields.put("conformsTo", List.of("https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"));
        Warcinfo info = new Warcinfo.Builder().filename(name).date(at).fields(fields).build();
        new WarcWriter(channel, WarcCompression.GZIP).write(info);
    }
}
