package org.pubharvest.ingest.visible;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pubharvest.ingest.bound.ExtractionDeadline;

/**
 * Which parts of a page are not the page's own record: site header, navigation, footer, sidebars,
 * related and recommended content, reference lists, cookie banners. Found by element (header,
 * nav, footer, aside outside the article), ARIA role, the words of class names, and the headings
 * that open such sections ("References", "Related content"). Made once per document.
 */
public final class PageRegions {

    /** Selectors are parsed once: jsoup parses a query string on every call that takes one. */
    static final org.jsoup.select.Evaluator MAIN_OR_ARTICLE = org.jsoup.select.QueryParser.parse("article, main, [role=main]");
    private static final String KEY = "pubharvest.page-regions";
    private static final Set<String> BOILERPLATE_WORDS = Set.of("related", "recommended", "recommendations",
            "recommend", "sidebar", "cookie", "cookies", "consent", "breadcrumb", "breadcrumbs", "references",
            "reference", "refs", "bibliography", "bib", "cited", "citedby", "similar", "trending", "popular",
            "share", "sharing", "social", "newsletter", "promo", "promos", "advert", "ads",
            "navbar", "nav", "navigation", "menu", "footer", "masthead");
    private static final Pattern BOILERPLATE_HEADING = Pattern.compile("(?i)^\\s*(references|bibliography|"
            + "related (content|articles|papers|publications|posts|research|work)|recommended( articles| for you)?|"
            + "similar (articles|papers)|cited by|citing articles|more (from|like this|on this topic)|"
            + "you may also like|work with us)\\b.*");
    private static final Set<String> BOILERPLATE_ROLES = Set.of("banner", "navigation", "contentinfo",
            "complementary", "search");

    private final Set<Element> boilerplate = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Element main;
    private final Document document;
    private java.util.List<Element> mainElements;
    private java.util.Map<Element, Integer> textLengths;
    private boolean boilerplateFound;
    private final Set<Element> mainAndAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Element> holdsMainHeading = Collections.newSetFromMap(new IdentityHashMap<>());

    private PageRegions(Document document) {
        this.document = document;
        this.main = mainOf(document);
    }

    /**
     * Which regions are boilerplate, found on first use: a reader that needs no region (the page
     * had what it looked for in metadata) pays nothing for them.
     */
    private void findBoilerplate() {
        if (boilerplateFound) {
            return;
        }
        boilerplateFound = true;
        mainAndAncestors.add(main);
        mainAndAncestors.addAll(main.parents());
        for (Element heading : document.getElementsByTag("h1")) {
            holdsMainHeading.addAll(heading.parents());
        }
        for (Element element : document.body() == null ? document.getAllElements() : document.body().getAllElements()) {
            ExtractionDeadline.check();
            if (isBoilerplateRoot(element)) {
                boilerplate.add(element);
            }
        }
        for (Element heading : document.select("h1, h2, h3, h4, h5, h6")) {
            if (BOILERPLATE_HEADING.matcher(heading.text()).matches()) {
                markSection(heading);
            }
        }
    }

    public static PageRegions of(Document document) {
        Object cached = document.attributes().userData(KEY);
        if (cached instanceof PageRegions regions) {
            return regions;
        }
        PageRegions regions = new PageRegions(document);
        document.attributes().userData(KEY, regions);
        return regions;
    }

    /** The page's main content: {@code <main>}, the ARIA main region, or the body. */
    public Element main() {
        return main;
    }

    /** Whether the words of the element's class and id include one of these ({@link ClassWords}). */
    public boolean hasClassWord(Element element, Set<String> wanted) {
        return ClassWords.hasAny(element, wanted);
    }

    /** Every element of the main content in document order (made once; readers walk it often). */
    public java.util.List<Element> mainElements() {
        if (mainElements == null) {
            mainElements = main.getAllElements();
        }
        return mainElements;
    }

    /**
     * Whether an element's text is at most about this long, known without building the text:
     * the readers look for short pieces (a label, a date, a byline), and building the text of
     * every element of a large page for that would cost the square of its size.
     */
    public boolean isShort(Element element, int maxLength) {
        if (textLengths == null) {
            textLengths = new IdentityHashMap<>();
            measureText(document);
        }
        Integer length = textLengths.get(element);
        return length == null || length <= maxLength;
    }

    /** The length of each element's text, summed from its text nodes in one pass after the children. */
    private void measureText(Document page) {
        org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
                ExtractionDeadline.check();
                if (node instanceof Element element) {
                    int length = 0;
                    for (org.jsoup.nodes.Node child : element.childNodes()) {
                        if (child instanceof org.jsoup.nodes.TextNode text) {
                            length += collapsedLength(text.getWholeText()) + 1;
                        } else if (child instanceof Element childElement) {
                            length += textLengths.getOrDefault(childElement, 0) + 1;
                        }
                    }
                    textLengths.put(element, length);
                }
            }
        }, page);
    }

    /** The length a text would have with its runs of white space made one space, counted without building it. */
    private static int collapsedLength(String text) {
        int length = 0;
        boolean inSpace = true;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0';
            if (!space) {
                length++;
            } else if (!inSpace) {
                length++;
            }
            inSpace = space;
        }
        return length;
    }

    /** Whether the element is in (or is) a region that is not the page's own record. */
    public boolean isBoilerplate(Element element) {
        findBoilerplate();
        for (Element at = element; at != null; at = at.parent()) {
            ExtractionDeadline.check();
            if (boilerplate.contains(at)) {
                return true;
            }
        }
        return false;
    }

    private static Element mainOf(Document document) {
        Element main = document.selectFirst("main, [role=main]");
        if (main != null) {
            return main;
        }
        return document.body() == null ? document : document.body();
    }

    private boolean isBoilerplateRoot(Element element) {
        String name = element.normalName();
        if (name.equals("header") || name.equals("footer") || name.equals("aside")) {
            return element.closest(MAIN_OR_ARTICLE) == null;
        }
        if (name.equals("nav")) {
            return true;
        }
        if (BOILERPLATE_ROLES.contains(element.attr("role").toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        if (name.equals("body") || name.equals("main") || name.equals("html")) {
            return false;
        }
        // A class word says what a part is, but a wrapper of the whole page ("flex-wrap-footer")
        // is no footer: what holds the main content or the main heading is not boilerplate.
        return hasClassWord(element, BOILERPLATE_WORDS) && !mainAndAncestors.contains(element)
                && !holdsMainHeading.contains(element);
    }

    /** A heading that opens boilerplate marks its section: the parent it heads, or its following siblings. */
    private void markSection(Element heading) {
        Element parent = heading.parent();
        boolean headsParent = parent != null && parent.children().indexOf(heading) <= 1
                && !Set.of("body", "main", "article").contains(parent.normalName());
        if (headsParent) {
            boilerplate.add(parent);
            return;
        }
        boilerplate.add(heading);
        for (Element sibling = heading.nextElementSibling(); sibling != null; sibling = sibling.nextElementSibling()) {
            if (sibling.normalName().matches("h[1-6]") && sibling.normalName().compareTo(heading.normalName()) <= 0) {
                break;
            }
            boilerplate.add(sibling);
        }
    }
}
