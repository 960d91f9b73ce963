import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;

/**
 * How long deflate takes per page at gzip levels 6 (the JDK's default) and 1, and how well each
 * compresses, on the first 300 publication pages of a synthetic site. Run as a single-file program:
 * {@code java docs/bench/GzipLevels.java <site dir>} (a {@code bench --work} directory's {@code site}).
 */
public class GzipLevels {

    public static void main(String[] arguments) throws IOException {
        List<byte[]> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(arguments[0], "publications"))) {
            files.filter(path -> path.toString().endsWith("index.html") && !path.toString().contains("/year/"))
                    .limit(300).forEach(path -> pages.add(read(path)));
        }
        for (int round = 0; round < 3; round++) {
            for (int level : new int[] {6, 1}) {
                long in = 0;
                long out = 0;
                long started = System.nanoTime();
                for (byte[] page : pages) {
                    Deflater deflater = new Deflater(level, true);
                    deflater.setInput(page);
                    deflater.finish();
                    byte[] buffer = new byte[page.length];
                    while (!deflater.finished()) {
                        out += deflater.deflate(buffer);
                    }
                    deflater.end();
                    in += page.length;
                }
                System.out.printf("level %d: %.2f ms/page, ratio %.3f%n", level,
                        (System.nanoTime() - started) / 1e6 / pages.size(), (double) out / in);
            }
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
