package org.pubharvest.config.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real browser for a page: Debian's {@code chromium} in headless mode, as {@code .ci/run} installs it.
 * It renders a file and gives back the DOM as the browser built it, what the page wrote to the browser's
 * console (script errors, blocked loads), or a screenshot.
 */
public final class HeadlessChromium {

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    private final Path binary;

    private HeadlessChromium(Path binary) {
        this.binary = binary;
    }

    /** The browser on the PATH, if there is one. */
    public static Optional<HeadlessChromium> find() {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : NAMES) {
                Path candidate = Path.of(directory, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(new HeadlessChromium(candidate));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @param dom     the document as rendered, serialized
     * @param console every line the page wrote to the browser's console
     */
    public record Rendering(String dom, List<String> console) {
    }

    public Rendering render(Path page, Path workDirectory) throws IOException, InterruptedException {
        Path out = workDirectory.resolve("chromium-dom.html");
        Path err = workDirectory.resolve("chromium.log");
        run(List.of("--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri().toString()), out, err);
        List<String> console = new ArrayList<>();
        for (String line : Files.readAllLines(err, StandardCharsets.UTF_8)) {
            if (line.contains(":CONSOLE")) {
                console.add(line);
            }
        }
        return new Rendering(Files.readString(out, StandardCharsets.UTF_8), console);
    }

    public void screenshot(Path page, Path png, int width, int height, Path workDirectory)
            throws IOException, InterruptedException {
        run(List.of("--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(),
                page.toUri().toString()), workDirectory.resolve("chromium-shot.out"), workDirectory.resolve("chromium-shot.log"));
        if (!Files.isRegularFile(png)) {
            throw new IOException("chromium wrote no screenshot; see " + workDirectory.resolve("chromium-shot.log"));
        }
    }

    private void run(List<String> arguments, Path out, Path err) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + err.resolveSibling("chromium-profile")));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("chromium did not finish in 2 minutes: " + command);
        }
    }
}
