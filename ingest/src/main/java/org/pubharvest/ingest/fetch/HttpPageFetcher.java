package org.pubharvest.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.GZIPInputStream;

import org.pubharvest.ingest.site.UrlMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches pages with java.net.http: conditional GET, gzip, bounded bodies, manual redirects
 * (so every hop is checked against the allowed sites), and retries with exponential backoff
 * and jitter for timeouts, connection failures, 5xx and 429 (honouring Retry-After).
 * Thread-safe.
 */
public final class HttpPageFetcher implements PageFetcher {

    private static final Logger log = LoggerFactory.getLogger(HttpPageFetcher.class);

    private final HttpClient client;
    private final FetchSettings settings;
    private final UrlMapper urlMapper;
    private final Clock clock;
    private final FetchObserver observer;

    public HttpPageFetcher(FetchSettings settings, UrlMapper urlMapper) {
        this(settings, urlMapper, Clock.systemUTC());
    }

    public HttpPageFetcher(FetchSettings settings, UrlMapper urlMapper, Clock clock) {
        this(settings, urlMapper, clock, FetchObserver.NONE);
    }

    public HttpPageFetcher(FetchSettings settings, UrlMapper urlMapper, Clock clock, FetchObserver observer) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.urlMapper = Objects.requireNonNull(urlMapper, "urlMapper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.observer = Objects.requireNonNull(observer, "observer");
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public FetchResult fetch(PageRequest request) {
        Objects.requireNonNull(request, "request");
        String canonicalUrl = request.url();
        for (int redirects = 0; redirects <= settings.maxRedirects(); redirects++) {
            if (!urlMapper.isAllowed(canonicalUrl)) {
                return new FetchResult.Refused(request.url(), "not on an allowed site: " + canonicalUrl);
            }
            Attempt attempt = fetchWithRetries(canonicalUrl, request);
            if (attempt.redirectTo() == null) {
                return attempt.result();
            }
            canonicalUrl = attempt.redirectTo();
        }
        return new FetchResult.Failed(request.url(), "more than " + settings.maxRedirects() + " redirects");
    }

    /** One url, retried; ends in a result or a redirect to follow. */
    private Attempt fetchWithRetries(String canonicalUrl, PageRequest request) {
        String lastProblem = null;
        String host = hostOf(canonicalUrl);
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            Duration wait;
            try {
                HttpResponse<byte[]> response = send(canonicalUrl, request);
                int status = response.statusCode();
                observer.responded(host, status, response.body() == null ? 0 : response.body().length);
                if (isRetryable(status)) {
                    lastProblem = "HTTP " + status;
                    wait = retryAfter(response).orElseGet(this::noHint);
                } else {
                    return interpret(canonicalUrl, request, response);
                }
            } catch (BoundedBody.BodyTooLargeException e) {
                return Attempt.done(new FetchResult.Refused(request.url(), e.getMessage()));
            } catch (IOException e) {
                observer.unanswered(host);
                lastProblem = describe(e);
                wait = noHint();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Attempt.done(new FetchResult.Failed(request.url(), "interrupted"));
            }
            if (attempt < settings.maxAttempts()) {
                observer.retrying(host);
                Duration backoff = backoff(attempt, wait);
                log.debug("{}: {} (attempt {} of {}), retrying in {} ms", canonicalUrl, lastProblem, attempt,
                        settings.maxAttempts(), backoff.toMillis());
                if (!sleep(backoff)) {
                    return Attempt.done(new FetchResult.Failed(request.url(), "interrupted"));
                }
            }
        }
        return Attempt.done(new FetchResult.Failed(request.url(),
                lastProblem + " after " + settings.maxAttempts() + " attempts"));
    }

    /**
     * One exchange, body included, within the request timeout. The client's own timeout only
     * covers the wait for the headers; a server that stalls in the middle of a body would hold
     * the run forever, so the whole exchange has a deadline and is cancelled past it.
     */
    private HttpResponse<byte[]> send(String canonicalUrl, PageRequest request)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(urlMapper.toFetchUri(canonicalUrl))
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
                .header("Accept-Encoding", "gzip")
                .GET();
        // Validators only belong to the url they were stored for, not to a redirect target.
        if (canonicalUrl.equals(request.url())) {
            if (request.etag() != null) {
                builder.header("If-None-Match", request.etag());
            }
            if (request.lastModified() != null) {
                builder.header("If-Modified-Since", request.lastModified());
            }
        }
        BoundedBody.Handler body = BoundedBody.handler(settings.maxBodyBytes());
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(builder.build(), body);
        try {
            return exchange.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new HttpTimeoutException("request timed out");
        } catch (ExecutionException e) {
            if (body.exceeded()) {
                throw new BoundedBody.BodyTooLargeException(settings.maxBodyBytes());
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            exchange.cancel(true);
            throw e;
        }
    }

    private Attempt interpret(String canonicalUrl, PageRequest request, HttpResponse<byte[]> response)
            throws IOException {
        int status = response.statusCode();
        if (status >= 300 && status < 400 && status != 304) {
            return redirect(canonicalUrl, request, response);
        }
        if (status == 304) {
            return Attempt.done(new FetchResult.NotModified(request.url(), header(response, "ETag"),
                    header(response, "Last-Modified"), clock.instant()));
        }
        if (status == 404 || status == 410) {
            return Attempt.done(new FetchResult.Gone(request.url(), status));
        }
        if (status < 200 || status >= 300) {
            return Attempt.done(new FetchResult.Failed(request.url(), "HTTP " + status));
        }
        return Attempt.done(new FetchResult.Fetched(new FetchedPage(request.url(), status,
                header(response, "Content-Type"), header(response, "ETag"), header(response, "Last-Modified"),
                decoded(response), clock.instant())));
    }

    private Attempt redirect(String canonicalUrl, PageRequest request, HttpResponse<byte[]> response) {
        String location = header(response, "Location");
        if (location == null) {
            return Attempt.done(new FetchResult.Failed(request.url(),
                    "HTTP " + response.statusCode() + " without a Location header"));
        }
        URI locationUri;
        try {
            locationUri = new URI(location.trim());
        } catch (URISyntaxException e) {
            return Attempt.done(new FetchResult.Failed(request.url(), "malformed Location header: " + location));
        }
        // A relative Location is relative to the page, so it resolves against the canonical url; that
        // keeps a mirror served under a path prefix working.
        String canonicalTarget = locationUri.isAbsolute()
                ? urlMapper.toCanonicalUrl(locationUri)
                : URI.create(canonicalUrl).resolve(locationUri).toString();
        if (canonicalTarget == null || !urlMapper.isAllowed(canonicalTarget)) {
            return Attempt.done(new FetchResult.Refused(request.url(), "redirect leaves the allowed sites: " + location));
        }
        return new Attempt(null, canonicalTarget);
    }

    /** The body un-gzipped when it came gzipped; the decoded size is bounded too (no gzip bombs). */
    private byte[] decoded(HttpResponse<byte[]> response) throws IOException {
        if (!"gzip".equalsIgnoreCase(header(response, "Content-Encoding"))) {
            return response.body();
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBodyBytes() + 1));
            if (body.length > settings.maxBodyBytes()) {
                throw new BoundedBody.BodyTooLargeException(settings.maxBodyBytes());
            }
            return body;
        }
    }

    private static boolean isRetryable(int status) {
        return status == 429 || status >= 500;
    }

    private Duration noHint() {
        return Duration.ZERO;
    }

    /** Retry-After in seconds (the HTTP-date form is rare for these sites and treated as no hint). */
    private static String hostOf(String canonicalUrl) {
        String host = URI.create(canonicalUrl).getHost();
        return host == null ? "" : host;
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        String value = header(response, "Retry-After");
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Duration backoff(int attempt, Duration serverHint) {
        long base = settings.retryBaseDelay().toMillis() << Math.min(attempt - 1, 20);
        long jitter = base == 0 ? 0 : ThreadLocalRandom.current().nextLong(base / 2 + 1);
        long millis = Math.max(base + jitter, serverHint.toMillis());
        return Duration.ofMillis(Math.min(millis, settings.maxRetryDelay().toMillis()));
    }

    private static boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String describe(IOException e) {
        String type = e.getClass().getSimpleName();
        String message = e.getMessage();
        return message == null ? type : type + ": " + message.toLowerCase(Locale.ROOT);
    }

    private record Attempt(FetchResult result, String redirectTo) {
        static Attempt done(FetchResult result) {
            return new Attempt(result, null);
        }
    }

}
