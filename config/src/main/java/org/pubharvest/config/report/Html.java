package org.pubharvest.config.report;

/** Text into HTML: everything the warehouse holds came from someone else's pages, so all of it is escaped. */
final class Html {

    private Html() {
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A link, only for http(s) urls (a stored {@code javascript:} url stays text). */
    static String link(String url, String label) {
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            return text(label);
        }
        return "<a href=\"" + text(url) + "\">" + text(label) + "</a>";
    }
}
