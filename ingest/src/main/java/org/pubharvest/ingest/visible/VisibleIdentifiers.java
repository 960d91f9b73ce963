package org.pubharvest.ingest.visible;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.pubharvest.ingest.bound.ExtractionDeadline;
import org.pubharvest.ingest.metadata.MetaTags;

/**
 * The DOI and the PDF as a reader finds them: a "DOI:" label or a doi.org link, and the link that
 * says or points to PDF (a {@code .pdf} url, {@code type="application/pdf"}, "PDF" in its text or
 * class, or a download button). Links in reference lists and related content are other papers'.
 */
final class VisibleIdentifiers {

    private static final Pattern DOI_LABEL = Pattern.compile("(?i)\\bdoi\\s*[:.]?\\s*(?:https?://(?:dx\\.)?doi\\.org/)?(10\\.\\d{4,9}/[^\\s\"<>]+)");
    private static final Pattern DOI_LINK = Pattern.compile("(?i)^https?://(?:dx\\.)?doi\\.org/(10\\.\\d{4,9}/.+)$");
    private static final Pattern PDF_WORD = Pattern.compile("(?i)\\bpdf\\b");
    private static final Pattern DOWNLOAD_WORD = Pattern.compile("(?i)\\bdownload\\b");
    private static final Pattern NOT_THE_PAPER = Pattern.compile("(?i)\\b(supplement\\w*|appendix|slides|poster|"
            + "dataset|data|code|errat\\w*|correction|citation|bibtex|ris|endnote|license|guidelines?|instructions)\\b");
    private static final Set<String> PDF_CLASS_WORDS = Set.of("pdf", "download", "galley", "fulltext");

    private VisibleIdentifiers() {
    }

    /** @return the DOI text and its source ({@code doi-label}, {@code doi-link}), or null */
    static String[] doi(Document document, PageRegions regions) {
        String[] labelled = {null};
        NodeTraversor.traverse((node, depth) -> {
            ExtractionDeadline.check();
            if (labelled[0] == null && node instanceof TextNode text && mentionsDoi(text.getWholeText())
                    && node.parent() instanceof Element parent && !regions.isBoilerplate(parent)) {
                Matcher matcher = DOI_LABEL.matcher(parent.text().length() < 400 ? parent.text() : text.text());
                if (matcher.find()) {
                    labelled[0] = matcher.group(1);
                }
            }
        }, regions.main());
        if (labelled[0] != null) {
            return new String[] {labelled[0], "doi-label"};
        }
        for (Element link : regions.main().select("a[href*=doi.org/10.]")) {
            Matcher matcher = DOI_LINK.matcher(link.absUrl("href"));
            if (!regions.isBoilerplate(link) && matcher.matches()) {
                return new String[] {matcher.group(1), "doi-link"};
            }
        }
        return null;
    }

    /** "doi" in any letter case, looked for without making a lower-case copy of every text on the page. */
    private static boolean mentionsDoi(String text) {
        for (int i = 0; i + 3 <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'd' || c == 'D') && text.regionMatches(true, i, "doi", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /** @return the PDF's absolute url and its source ({@code pdf-link}, {@code link-alternate}), or null */
    static String[] pdf(Document document, PageRegions regions) {
        Element best = null;
        int bestScore = 1;
        for (Element link : document.select("a[href]")) {
            if (!mayBePdf(link)) {
                continue;
            }
            int score = pdfScore(link);
            if (score > bestScore && !regions.isBoilerplate(link)) {
                best = link;
                bestScore = score;
            }
        }
        if (best != null) {
            return new String[] {best.absUrl("href"), "pdf-link"};
        }
        for (MetaTags.Link alternate : MetaTags.links(document, "alternate")) {
            if (alternate.type().equals("application/pdf")) {
                return new String[] {alternate.href(), "link-alternate"};
            }
        }
        return null;
    }

    /** A cheap first look, so that only links that say something of a file are scored: pages have hundreds of links. */
    private static boolean mayBePdf(Element link) {
        String href = link.attr("href").toLowerCase(Locale.ROOT);
        if (href.contains("pdf") || href.contains("download") || href.contains("file") || href.contains("/view/")
                || href.contains("galley") || link.hasAttr("download") || link.hasAttr("type")) {
            return true;
        }
        String text = link.text().toLowerCase(Locale.ROOT);
        return text.contains("pdf") || text.contains("download") || link.className().toLowerCase(Locale.ROOT).contains("pdf");
    }

    /** How surely a link is the paper's PDF: 0 not at all, 2 a download button, up to 5 a typed PDF link. */
    private static int pdfScore(Element link) {
        String href = link.absUrl("href");
        String lowerHref = href.toLowerCase(Locale.ROOT);
        if (href.isEmpty() || lowerHref.startsWith("mailto:") || lowerHref.startsWith("javascript:")) {
            return 0;
        }
        String text = link.text() + " " + link.attr("title") + " " + link.attr("aria-label");
        if (NOT_THE_PAPER.matcher(text).find()) {
            return 0;
        }
        String path = lowerHref.replaceFirst("[?#].*$", "");
        int score = 0;
        if (link.attr("type").equalsIgnoreCase("application/pdf")) {
            score = 5;
        } else if (path.endsWith(".pdf") || PDF_WORD.matcher(text).find()) {
            score = 4;
        } else if (ClassWords.hasAny(link, PDF_CLASS_WORDS) && (lowerHref.contains("pdf") || lowerHref.contains("download")
                || lowerHref.contains("/view/"))) {
            score = 3;
        } else if ((link.hasAttr("download") || DOWNLOAD_WORD.matcher(text).find())
                && (lowerHref.contains("pdf") || lowerHref.contains("download") || lowerHref.contains("file"))) {
            score = 2;
        }
        return score;
    }
}
