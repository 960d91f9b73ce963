package org.pubharvest.ingest.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
 * one and the body decodes cleanly in it; otherwise jsoup reads the BOM and the meta charset;
 * a body that is not valid UTF-8 and declares nothing is read as Windows-1252, which is what
 * browsers do and what such pages almost always are.
 */
public final class PageText {

    private static final String WINDOWS_1252 = "windows-1252";
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

    private PageText() {
    }

    public static Document parse(FetchedPage page) {
        return parse(page.body(), page.contentType(), page.url());
    }

    public static Document parse(byte[] body, String contentType, String baseUrl) {
        String declared = headerCharset(contentType);
        if (declared != null && decodesCleanly(body, Charset.forName(declared))) {
            return parseIn(body, declared, baseUrl);
        }
        // A header that names the wrong charset is common; the page's own BOM or meta tag decides then.
        Document detected = parseIn(body, null, baseUrl);
        boolean utf8Guess = detected.charset().equals(StandardCharsets.UTF_8);
        if (utf8Guess && !decodesCleanly(body, StandardCharsets.UTF_8)) {
            return parseIn(body, WINDOWS_1252, baseUrl);
        }
        return detected;
    }

    private static Document parseIn(byte[] body, String charset, String baseUrl) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), charset, baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException("reading an in-memory page cannot fail", e);
        }
    }

    private static boolean decodesCleanly(byte[] body, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
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
