package org.pubharvest.config.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application jar the way README "Faster start-up for scheduled runs" deploys it: Spring Boot's
 * extracted layout with a class data sharing archive made by one training run. Process-level tests start
 * the application dozens of times, and this halves each start. The archive is made once per build (in
 * {@code target/fast-start}, again whenever the jar is newer); if making it fails, the plain jar is used.
 */
final class FastStartJar {

    private static final Path DIRECTORY = Path.of("target", "fast-start");
    private static final Path EXTRACTED_JAR = DIRECTORY.resolve("app").resolve("pubharvest.jar");
    private static final Path ARCHIVE = DIRECTORY.resolve("pubharvest.jsa");

    private static List<String> launch;

    private FastStartJar() {
    }

    /** The JVM options and jar that start the application: {@code [options..., -jar, jar]}. */
    static synchronized List<String> launch(String java, Path jar) {
        if (launch == null) {
            launch = prepare(java, jar);
        }
        return launch;
    }

    private static List<String> prepare(String java, Path jar) {
        try {
            boolean current = Files.isRegularFile(ARCHIVE) && Files.isRegularFile(EXTRACTED_JAR)
                    && Files.getLastModifiedTime(ARCHIVE).compareTo(Files.getLastModifiedTime(jar)) > 0;
            if (!current) {
                run(List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force",
                        "--destination", DIRECTORY.resolve("app").toString()));
                Path training = Files.createTempDirectory("fast-start-training");
                run(List.of(java, "-XX:ArchiveClassesAtExit=" + ARCHIVE, "-jar", EXTRACTED_JAR.toString(), "reprocess",
                        "--spring.datasource.url=jdbc:h2:file:" + training.resolve("warehouse")));
            }
            if (Files.isRegularFile(ARCHIVE)) {
                return List.of("-XX:SharedArchiveFile=" + ARCHIVE, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                        "-jar", EXTRACTED_JAR.toString());
            }
        } catch (IOException | InterruptedException | IllegalStateException e) {
            System.err.println("fast start unavailable, the plain jar is used: " + e.getMessage());
        }
        return List.of("-jar", jar.toString());
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Files.createDirectories(DIRECTORY);
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                .redirectOutput(DIRECTORY.resolve("prepare.log").toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("'" + String.join(" ", command) + "' failed; see " + DIRECTORY.resolve("prepare.log"));
        }
    }
}
