package org.pubharvest.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Encodings: whatever the header, the BOM or the meta tag say, the text comes out right. */
class PageTextTest {

    private static final String URL = "https://www.amazon.science/publications/x";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void theHeaderCharsetIsUsedWhenTheBodyDecodesInIt() {
        byte[] body = "<html><body><h1>Schölkopf – “quoted”</h1></body></html>".getBytes(WINDOWS_1252);

        assertThat(title(body, "text/html; charset=windows-1252")).isEqualTo("Schölkopf – “quoted”");
    }

    @Test
    void aLatin1PageIsReadAsLatin1() {
        byte[] body = "<html><body><h1>Schölkopf</h1></body></html>".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(title(body, "text/html; charset=ISO-8859-1")).isEqualTo("Schölkopf");
    }

    @Test
    void aWrongHeaderCharsetGivesWayToTheMetaCharset() {
        byte[] body = "<html><head><meta charset=\"windows-1252\"></head><body><h1>Schölkopf</h1></body></html>"
                .getBytes(WINDOWS_1252);

        assertThat(title(body, "text/html; charset=UTF-8")).isEqualTo("Schölkopf");
    }

    @Test
    void aUtf8BodyWithAByteOrderMarkIsUtf8WhateverTheMetaSays() {
        byte[] text = "<html><head><meta charset=\"iso-8859-1\"></head><body><h1>王晓明</h1></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[text.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(text, 0, body, 3, text.length);

        assertThat(title(body, "text/html")).isEqualTo("王晓明");
    }

    @Test
    void anUndeclaredBodyThatIsNotUtf8IsReadAsWindows1252() {
        byte[] body = "<html><body><h1>Céline Dubois</h1></body></html>".getBytes(WINDOWS_1252);

        assertThat(title(body, "text/html")).isEqualTo("Céline Dubois");
    }

    @Test
    void anUndeclaredUtf8BodyIsUtf8() {
        byte[] body = "<html><body><h1>Łukasz Wróbel</h1></body></html>".getBytes(StandardCharsets.UTF_8);

        assertThat(title(body, null)).isEqualTo("Łukasz Wróbel");
    }

    private static String title(byte[] body, String contentType) {
        return PageText.parse(body, contentType, URL).selectFirst("h1").text();
    }
}
