package org.pubharvest.config.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.pubharvest.ingest.samplesite.SamplePage;
import org.pubharvest.ingest.samplesite.SampleSite;

/**
 * Serves the bundled sample site on a free loopback port with the JDK's HTTP server. Each site
 * lives under its host name, so {@code https://www.amazon.science/publications?p=2} is served at
 * {@code http://127.0.0.1:<port>/www.amazon.science/publications?p=2}. Unknown urls get 404.
 */
public final class SampleSiteServer implements AutoCloseable {

    private final HttpServer server;

    private SampleSiteServer(HttpServer server) {
        this.server = server;
    }

    public static SampleSiteServer start(SampleSite site) {
        Map<String, SamplePage> pages = new HashMap<>();
        for (SamplePage page : site.pages()) {
            pages.put("/" + page.host() + page.pathAndQuery(), page);
        }
        try {
            HttpServer server = LoopbackHttpServer.create(0);
            server.createContext("/", exchange -> serve(exchange, pages, site));
            server.start();
            return new SampleSiteServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a loopback port for the sample site", e);
        }
    }

    /** Where a host's pages are served, e.g. {@code http://127.0.0.1:41234/www.amazon.science}. */
    public String baseUrlOf(String host) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + host;
    }

    private static void serve(HttpExchange exchange, Map<String, SamplePage> pages, SampleSite site) throws IOException {
        try (exchange) {
            SamplePage page = pages.get(exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
            if (page == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = site.read(page.file());
            exchange.getResponseHeaders().set("Content-Type", page.contentType());
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
