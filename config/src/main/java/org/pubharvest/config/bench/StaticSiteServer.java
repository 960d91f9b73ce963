package org.pubharvest.config.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.pubharvest.config.demo.LoopbackHttpServer;

/**
 * Serves a directory on a free loopback port as a plain static web server does: {@code /a/b} is the
 * file {@code a/b} or {@code a/b/index.html}, with an ETag and Last-Modified from the file, and 304 to
 * a conditional GET that names them, so that an incremental harvest sees what it sees on a real site.
 */
public final class StaticSiteServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService workers;
    private final AtomicLong requests;

    private StaticSiteServer(HttpServer server, ExecutorService workers, AtomicLong requests) {
        this.server = server;
        this.workers = workers;
        this.requests = requests;
    }

    public static StaticSiteServer start(Path root) {
        Path base = root.toAbsolutePath().normalize();
        try {
            HttpServer server = LoopbackHttpServer.create(64);
            ExecutorService workers = Executors.newFixedThreadPool(4, runnable -> {
                Thread thread = new Thread(runnable, "static-site");
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(workers);
            AtomicLong requests = new AtomicLong();
            server.createContext("/", exchange -> {
                requests.incrementAndGet();
                serve(exchange, base);
            });
            server.start();
            return new StaticSiteServer(server, workers, requests);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a loopback port for the synthetic site", e);
        }
    }

    private static String contentTypeOf(String fileName) {
        if (fileName.endsWith(".html")) {
            return "text/html; charset=UTF-8";
        }
        return fileName.endsWith(".xml") ? "application/xml; charset=UTF-8" : "text/plain; charset=UTF-8";
    }

    /** Requests answered so far, robots.txt and 304s included. */
    public long requests() {
        return requests.get();
    }

    /** The server's root url, e.g. {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void serve(HttpExchange exchange, Path root) throws IOException {
        try (exchange) {
            Path file = fileFor(root, exchange.getRequestURI().getPath());
            if (file == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            long modified = Files.getLastModifiedTime(file).toMillis();
            String etag = "\"" + Long.toHexString(Files.size(file)) + "-" + Long.toHexString(modified) + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(Instant.ofEpochMilli(modified).atZone(ZoneOffset.UTC)));
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", contentTypeOf(file.getFileName().toString()));
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The file for a request path, or null: never outside the root. */
    private static Path fileFor(Path root, String path) {
        Path candidate = root.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!candidate.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(candidate)) {
            candidate = candidate.resolve("index.html");
        }
        return Files.isRegularFile(candidate) ? candidate : null;
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
