package org.pubharvest.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Collects a response body up to a limit and gives up (cancelling the exchange) past it, so a
 * huge or endless body is never held in memory. Bodies of responses whose body is not wanted
 * (redirects, 304, errors) are discarded.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final long maxBytes;
    private final AtomicBoolean exceeded;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private BoundedBody(long maxBytes, AtomicBoolean exceeded) {
        this.maxBytes = maxBytes;
        this.exceeded = exceeded;
    }

    /** A handler for one exchange: keeps 2xx bodies (up to the limit) and discards the rest. */
    static Handler handler(long maxBytes) {
        return new Handler(maxBytes);
    }

    /**
     * Remembers whether the body went over the limit. The exchange may fail with the error of the
     * cancelled stream (HTTP/2: "stream N cancelled") rather than with ours, whichever comes first;
     * asking the handler tells a refusal from a network failure either way.
     */
    static final class Handler implements HttpResponse.BodyHandler<byte[]> {
        private final long maxBytes;
        private final AtomicBoolean exceeded = new AtomicBoolean();

        private Handler(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
            return info.statusCode() >= 200 && info.statusCode() < 300
                    ? new BoundedBody(maxBytes, exceeded)
                    : HttpResponse.BodySubscribers.replacing(new byte[0]);
        }

        boolean exceeded() {
            return exceeded.get();
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            if (bytes.size() + (long) buffer.remaining() > maxBytes) {
                exceeded.set(true);
                result.completeExceptionally(new BodyTooLargeException(maxBytes));
                subscription.cancel();
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    /** The body (raw or decoded) is larger than the limit: refused, not retried. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(long maxBytes) {
            super("body larger than " + maxBytes + " bytes");
        }
    }
}
