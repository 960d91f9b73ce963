package org.pubharvest.load.page;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.pubharvest.ingest.fetch.FetchedPage;

/**
 * One fetch as WARC/1.1 records, ready to append to a file: a {@code request} record and the
 * {@code response} record it is concurrent to, each its own gzip member (WARC's record-at-a-time
 * compression, which lets a reader start at any record's offset). Built on the thread that fetched the
 * page, so the compression runs in parallel with other fetches; the one thread that writes a chunk
 * only appends the bytes.
 *
 * <p>The response block is the HTTP response as it can be replayed: the status line, the headers
 * that describe the body, and the body as the fetcher decoded it (so no {@code Content-Encoding}, and a
 * {@code Content-Length} of the decoded size). Its {@code WARC-Payload-Digest} is the SHA-256 of that
 * body, the same hash the warehouse keeps as {@code content_hash}, computed once.
 *
 * <p>A visit that brings no new body (a 304, or the stored body again) is a {@code request} and a
 * {@code revisit} record instead ({@link #notModified}, {@link #identicalPayload}), so that the archive
 * holds every fetch as standard tools expect.
 *
 * @param bytes          the two gzip members, request first
 * @param responseOffset where the response (or revisit) member starts within {@code bytes}
 * @param payloadDigest  the response's {@code WARC-Payload-Digest}, as written ({@code sha256:} base32); a
 *                       revisit's is the stored copy's
 */
public record WarcRecords(byte[] bytes, int responseOffset, String payloadDigest) {

    public WarcRecords {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(payloadDigest, "payloadDigest");
    }

    /** The response member's length, which with its offset in the file is what the index keeps. */
    public int responseLength() {
        return bytes.length - responseOffset;
    }

    static WarcRecords of(FetchedPage page, String contentHash, String userAgent) {
        WarcDigest payloadDigest = new WarcDigest("sha256", HexFormat.of().parseHex(contentHash));
        byte[] header = responseHeader(page);
        try {
            // The block is read from the header and the body in turn: the body is not copied to make it.
            WarcResponse response = new WarcResponse.Builder(page.url())
                    .date(page.fetchedAt())
                    .body(MediaType.HTTP_RESPONSE, Channels.newChannel(new SequenceInputStream(
                            new ByteArrayInputStream(header), new ByteArrayInputStream(page.body()))),
                            header.length + (long) page.body().length)
                    .payloadDigest(payloadDigest)
                    .build();
            WarcRequest request = new WarcRequest.Builder(page.url())
                    .date(page.fetchedAt())
                    .body(MediaType.HTTP_REQUEST, requestHeader(page.url(), userAgent))
                    .concurrentTo(response.id())
                    .build();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(256, page.body().length / 4));
            writeMember(request, out);
            int responseOffset = out.size();
            writeMember(response, out);
            return new WarcRecords(out.toByteArray(), responseOffset, payloadDigest.prefixedBase32());
        } catch (IOException e) {
            throw new UncheckedIOException("writing WARC records in memory cannot fail", e);
        }
    }

    /**
     * A 304 as WARC/1.1 records: the request and a {@code revisit} record (profile server-not-modified)
     * whose block is the 304's status line and validators.
     */
    static WarcRecords notModified(String url, Instant answeredAt, String etag, String lastModified,
                                   String storedContentHash, String userAgent) {
        StringBuilder header = new StringBuilder("HTTP/1.1 304 Not Modified\r\n");
        if (etag != null) {
            header.append("ETag: ").append(etag).append("\r\n");
        }
        if (lastModified != null) {
            header.append("Last-Modified: ").append(lastModified).append("\r\n");
        }
        header.append("\r\n");
        return revisit(url, answeredAt, WarcRevisit.SERVER_NOT_MODIFIED_1_1,
                header.toString().getBytes(StandardCharsets.ISO_8859_1), storedContentHash, userAgent);
    }

    /**
     * A 200 whose body is the stored copy's, as WARC/1.1 records: the request and a {@code revisit} record
     * (profile identical-payload-digest) whose block is the response's headers alone.
     */
    static WarcRecords identicalPayload(FetchedPage page, String contentHash, String userAgent) {
        return revisit(page.url(), page.fetchedAt(), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1, responseHeader(page),
                contentHash, userAgent);
    }

    /**
     * The revisit points at the stored copy by url and payload digest ({@code WARC-Refers-To-Target-URI},
     * {@code WARC-Payload-Digest}), which is how replay tools (pywb, OpenWayback) find the payload. It has
     * no {@code WARC-Refers-To-Date}: the index does not keep the stored record's date, and a copy moved
     * out of the database by V14 carries the date it was moved.
     */
    private static WarcRecords revisit(String url, Instant at, URI profile, byte[] httpHeader, String storedContentHash,
                                       String userAgent) {
        WarcDigest payloadDigest = new WarcDigest("sha256", HexFormat.of().parseHex(storedContentHash));
        try {
            WarcRevisit revisit = new WarcRevisit.Builder(url, profile)
                    .date(at)
                    .body(MediaType.HTTP_RESPONSE, httpHeader)
                    .payloadDigest(payloadDigest)
                    .addHeader("WARC-Refers-To-Target-URI", url)
                    .build();
            WarcRequest request = new WarcRequest.Builder(url)
                    .date(at)
                    .body(MediaType.HTTP_REQUEST, requestHeader(url, userAgent))
                    .concurrentTo(revisit.id())
                    .build();
            ByteArrayOutputStream out = new ByteArrayOutputStream(512);
            writeMember(request, out);
            int revisitOffset = out.size();
            writeMember(revisit, out);
            return new WarcRecords(out.toByteArray(), revisitOffset, payloadDigest.prefixedBase32());
        } catch (IOException e) {
            throw new UncheckedIOException("writing WARC records in memory cannot fail", e);
        }
    }

    private static void writeMember(WarcRecord record, OutputStream out) throws IOException {
        try (FastestGzipOutputStream member = new FastestGzipOutputStream(out)) { // closing a byte array is a no-op
            new WarcWriter(Channels.newChannel(member), WarcCompression.NONE).write(record);
        }
    }

    private static byte[] responseHeader(FetchedPage page) {
        StringBuilder header = new StringBuilder("HTTP/1.1 ").append(page.status()).append(' ')
                .append(reasonPhrase(page.status())).append("\r\n");
        if (page.contentType() != null) {
            header.append("Content-Type: ").append(page.contentType()).append("\r\n");
        }
        if (page.etag() != null) {
            header.append("ETag: ").append(page.etag()).append("\r\n");
        }
        if (page.lastModified() != null) {
            header.append("Last-Modified: ").append(page.lastModified()).append("\r\n");
        }
        header.append("Content-Length: ").append(page.body().length).append("\r\n\r\n");
        return header.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] requestHeader(String url, String userAgent) {
        URI uri = URI.create(url);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        String host = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        return ("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: " + userAgent
                + "\r\nAccept-Encoding: gzip\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String reasonPhrase(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 203 -> "Non-Authoritative Information";
            case 206 -> "Partial Content";
            default -> "Status " + status;
        };
    }

    /**
     * At the fastest level: profiling a cold harvest (README, "Benchmarks") found the default level's
     * deflate the fetch step's largest CPU cost, and HTML shrinks nearly as well at level 1.
     */
    private static final class FastestGzipOutputStream extends GZIPOutputStream {

        FastestGzipOutputStream(OutputStream out) throws IOException {
            super(out);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
