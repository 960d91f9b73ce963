package org.pubharvest.ingest.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.pubharvest.ingest.fetch.FetchedPage;

/**
 * Turns page bytes into a jsoup document. The charset comes from the HTTP header when it names
 * one; otherwise jsoup reads the BOM and the meta charset, falling back to UTF-8.
 */
public final class PageText {

    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

    private PageText() {
    }

    public static Document parse(FetchedPage page) {
        return parse(page.body(), page.contentType(), page.url());
    }

    public static Document parse(byte[] body, String contentType, String baseUrl) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), headerCharset(contentType), baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException("reading an in-memory page cannot fail", e);
        }
    }

    /** The charset the Content-Type header names, if the JVM knows it; else null (let jsoup detect). */
    static String headerCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher matcher = CHARSET.matcher(contentType);
        if (!matcher.find()) {
            return null;
        }
        String name = matcher.group(1).toLowerCase(Locale.ROOT);
        try {
            return Charset.forName(name).name();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
