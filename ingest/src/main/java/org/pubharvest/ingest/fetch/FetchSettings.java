package org.pubharvest.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How the fetcher behaves towards servers.
 *
 * @param userAgent       sent with every request; names the project and a contact
 * @param connectTimeout  to open a connection
 * @param requestTimeout  for the whole response to arrive
 * @param maxBodyBytes    larger bodies are refused rather than held in memory
 * @param maxAttempts     tries per url for timeouts, resets, 5xx and 429, the first included
 * @param retryBaseDelay  first backoff; doubled per attempt, with jitter
 * @param maxRetryDelay   no single wait is longer, whatever Retry-After asks for
 * @param maxRedirects    redirects followed before giving up (loops end here)
 */
public record FetchSettings(String userAgent, Duration connectTimeout, Duration requestTimeout, long maxBodyBytes,
                            int maxAttempts, Duration retryBaseDelay, Duration maxRetryDelay, int maxRedirects) {

    public FetchSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(retryBaseDelay, "retryBaseDelay");
        Objects.requireNonNull(maxRetryDelay, "maxRetryDelay");
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative, was " + maxRedirects);
        }
    }

    public static FetchSettings defaults() {
        return new FetchSettings("pubharvest/0.1 (+https://github.com/pubharvest/pubharvest)",
                Duration.ofSeconds(10), Duration.ofSeconds(30), 10L * 1024 * 1024,
                4, Duration.ofSeconds(1), Duration.ofSeconds(60), 5);
    }
}
