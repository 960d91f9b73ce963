package org.pubharvest.ingest.visible;

import static org.pubharvest.ingest.metadata.PublicationField.ABSTRACT;
import static org.pubharvest.ingest.metadata.PublicationField.AUTHORS;
import static org.pubharvest.ingest.metadata.PublicationField.DATE;
import static org.pubharvest.ingest.metadata.PublicationField.DOI;
import static org.pubharvest.ingest.metadata.PublicationField.PDF_URL;
import static org.pubharvest.ingest.metadata.PublicationField.TITLE;
import static org.pubharvest.ingest.metadata.PublicationField.VENUE;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pubharvest.ingest.metadata.ElementText;
import org.pubharvest.ingest.metadata.MetaTags;
import org.pubharvest.ingest.metadata.MetadataSource;
import org.pubharvest.ingest.metadata.PartialPublication;
import org.pubharvest.ingest.metadata.PublicationField;
import org.pubharvest.ingest.metadata.ResearchAreaLink;

/**
 * The last layer: what a reader of the page sees, found by structure and content rather than by
 * one site's class names. Title from the main heading or {@code <title>}, authors from a byline,
 * DOI from a label or doi.org link, the PDF from the link that says or points to PDF, the date
 * from a labelled or lone date, the abstract from the page's abstract section, the venue from an
 * acronym-and-year display or a conference link, and where the page names no venue, the site's
 * own name when the site is the venue (a journal's own site). Never throws for what a page holds.
 */
public final class VisiblePageReader {

    /** "ICWSM 2024", "EACL 2023", "SOSP '21": an acronym (two capitals at least) and a year. */
    private static final Pattern ACRONYM_AND_YEAR = Pattern.compile(
            "^\\s*((?=\\S*\\p{Lu}\\S*\\p{Lu})\\p{L}[\\p{L}&+-]{1,15})\\s+(?:(?:19|20)\\d{2}|['\u2019]\\d{2})\\s*$");
    private static final Pattern CONFERENCE_LINK = Pattern.compile("(?i)/(?:conferences?(?:-and-events)?|events)/([a-z][a-z0-9&+-]*-(?:19|20)\\d{2})/?$");
    private static final Pattern RESEARCH_AREA_LINK = Pattern.compile("(?i)/research-areas?/[^/?#]+/?(?:[?#].*)?$");
    /** Site names that are platforms holding many venues' papers, not a venue of their own. */
    private static final Pattern NOT_A_VENUE = Pattern.compile("(?i).*\\b(repository|repositorio|archive|arxiv|"
            + "eprints?|commons|scholarworks|library|libraries|university|universit\\w+|institute|preprints?|zenodo|"
            + "figshare|osf|ssrn|researchgate|semantic scholar|google|blog|news|science|research|digital|"
            + "pubmed|europe pmc|core|dspace|hal|openreview|conferences|journals|publications|proceedings|"
            + "digital library|online library|platform)\\b.*");

    private static final int MAX_AREAS_OF_A_PAPER = 5;
    private static final String[] VENUE_WORD_STEMS = {"roceedings", "onference", "ymposium", "orkshop", "eeting", "ongress"};
    private static final java.util.Set<String> VENUE_WORDS = java.util.Set.of("venue", "venues", "journal",
            "conference", "proceedings", "booktitle", "container");
    /** A line that names a venue: proceedings, or a conference, symposium, workshop or meeting "on" something. */
    private static final Pattern VENUE_PHRASE = Pattern.compile("(?:^|\\b)(?:In:?\\s+)?(?:Proceedings of\\b|"
            + "\\b(?:Conference|Symposium|Workshop|Meeting|Congress) on\\s+\\p{Lu})");

    private final boolean siteNameAsVenue;

    /** @param siteNameAsVenue whether the site's own name is the venue of a page that names none */
    public VisiblePageReader(boolean siteNameAsVenue) {
        this.siteNameAsVenue = siteNameAsVenue;
    }

    /** Every field the visible page states. */
    public PartialPublication read(Document document) {
        return read(document, EnumSet.allOf(PublicationField.class));
    }

    /**
     * The wanted fields only: the last layer is asked for what the layers above left empty, and
     * reading a page's structure costs more than reading its metadata. {@code VENUE} brings the
     * venue hints (acronym displays) with it; {@code RESEARCH_AREAS} the area links.
     */
    public PartialPublication read(Document document, Set<PublicationField> wanted) {
        PartialPublication.Builder found = PartialPublication.from(MetadataSource.VISIBLE_PAGE);
        if (wanted.isEmpty()) {
            return found.build();
        }
        PageRegions regions = PageRegions.of(document);
        if (wanted.contains(TITLE)) {
            put(found, TITLE, VisibleTitle.read(document, regions));
        }
        if (wanted.contains(AUTHORS)) {
            Bylines.Names authors = Bylines.read(document, regions);
            if (authors != null) {
                found.list(AUTHORS, authors.names(), authors.source());
            }
        }
        if (wanted.contains(DATE)) {
            put(found, DATE, VisibleDates.read(document, regions));
        }
        if (wanted.contains(ABSTRACT)) {
            put(found, ABSTRACT, AbstractSections.read(document, regions));
        }
        if (wanted.contains(DOI)) {
            put(found, DOI, VisibleIdentifiers.doi(document, regions));
        }
        if (wanted.contains(PDF_URL)) {
            put(found, PDF_URL, VisibleIdentifiers.pdf(document, regions));
        }
        if (wanted.contains(VENUE)) {
            venue(document, regions, found);
        }
        if (wanted.contains(PublicationField.RESEARCH_AREAS)) {
            found.researchAreas(researchAreas(document, regions));
        }
        return found.build();
    }

    /**
     * The venue as the page shows it, tried in this order: an element whose class names say venue,
     * journal or conference (its cited title when it has one); a line that names proceedings or a
     * conference, symposium or workshop; a conference page's link; and, where the page names none,
     * the site's own name when the site is a venue. An acronym-and-year display ("ICWSM 2024") is
     * the venue only when nothing names it in full; it is kept as a hint for the acronym either way.
     */
    private void venue(Document document, PageRegions regions, PartialPublication.Builder found) {
        for (Element element : venueCandidates(regions)) {
            String text = ElementText.emptyToNull(element.text());
            if (text == null || text.length() > 300 || regions.isBoilerplate(element)) {
                continue;
            }
            if (ACRONYM_AND_YEAR.matcher(text).matches()) {
                found.venueHint(text);
            } else if (regions.hasClassWord(element, VENUE_WORDS) && !element.normalName().equals("a")) {
                found.text(VENUE, cited(element), "venue-class");
            } else if (element.children().stream().noneMatch(Element::isBlock) && VENUE_PHRASE.matcher(text).find()
                    && !element.normalName().equals("h1") && element.select("h1").isEmpty()) {
                found.text(VENUE, cited(element), "venue-phrase");
            }
        }
        for (Element link : document.select("a[href*=conference], a[href*=/events/]")) {
            Matcher conference = CONFERENCE_LINK.matcher(link.absUrl("href").replaceFirst("[?#].*$", ""));
            if (conference.find() && !regions.isBoilerplate(link)) {
                String text = ElementText.emptyToNull(link.text());
                found.text(VENUE, text != null ? text : conference.group(1), "conference-link");
                found.venueHint(conference.group(1));
                break;
            }
        }
        venueHintsOfTitle(document, found);
        if (!found.has(VENUE)) {
            PartialPublication hinted = found.build();
            if (!hinted.venueHints().isEmpty()) {
                found.text(VENUE, hinted.venueHints().get(0), "venue-display");
            }
        }
        String[] site = siteName(document, regions);
        if (siteNameAsVenue && site != null && !NOT_A_VENUE.matcher(site[0]).matches()) {
            found.text(VENUE, site[0], site[1]);
        }
    }

    /**
     * The elements that may show the venue, in page order: those whose class names say venue,
     * journal or conference, and the parents of text that has a year or names proceedings or a
     * conference. Found from class names and text nodes, so no element's whole text is built unless
     * it is one of them.
     */
    private static List<Element> venueCandidates(PageRegions regions) {
        java.util.Set<Element> candidates = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> inOrder = new ArrayList<>();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            Element element = node instanceof Element self ? self
                    : node instanceof org.jsoup.nodes.TextNode && node.parent() instanceof Element parent ? parent : null;
            if (element == null || !regions.isShort(element, 340) || candidates.contains(element)) {
                return;
            }
            boolean named = node instanceof Element ? regions.hasClassWord(element, VENUE_WORDS)
                    : mayNameAVenue(((org.jsoup.nodes.TextNode) node).getWholeText());
            if (named) {
                candidates.add(element);
                inOrder.add(element);
            }
        }, regions.main());
        return inOrder;
    }

    /** A year ("2024", "'24") or a word of an event's name: a cheap look before any pattern is tried. */
    private static boolean mayNameAVenue(String text) {
        for (int i = 0; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '1' || c == '2' || c == '\'' || c == '\u2019') && Character.isDigit(text.charAt(i + 1))
                    && Character.isDigit(text.charAt(i + 2))) {
                return true;
            }
        }
        for (String stem : VENUE_WORD_STEMS) {
            if (text.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An element's cited title ({@code <cite>}, {@code <em>}, {@code <i>}) when it has one, else the
     * text of its smallest part that names the venue, up to a comma or bracket.
     */
    private static String cited(Element element) {
        for (Element part : element.getAllElements()) {
            if (part != element && VENUE_PHRASE.matcher(part.text()).find()
                    && part.getAllElements().stream().skip(1).noneMatch(inner -> VENUE_PHRASE.matcher(inner.text()).find())) {
                element = part;
                break;
            }
        }
        Element cite = element.selectFirst("cite, em, i");
        if (cite != null && cite.text().length() > 3) {
            return cite.text().strip();
        }
        return element.text().replaceFirst("^(?i)in:?\\s+", "").replaceFirst("\\s*[(,;].*$", "").strip();
    }

    /** "DHQ: Digital Humanities Quarterly: A paper": a title's all-capitals piece may be the venue's acronym. */
    private static void venueHintsOfTitle(Document document, PartialPublication.Builder found) {
        Element title = document.selectFirst("title");
        if (title != null) {
            for (String piece : title.text().split(":|\\s[|–—-]\\s")) {
                if (piece.strip().matches("\\p{Lu}{2,8}")) {
                    found.venueHint(piece.strip());
                }
            }
        }
    }

    /**
     * The site's name: its meta tags' ({@code og:site_name}), else its brand in the header, else the
     * piece of {@code <title>} after the page's own title ("Paper | Journal X"), else a whole
     * {@code <title>} that is not the page's heading (a journal site titling every page with its name).
     */
    private static String[] siteName(Document document, PageRegions regions) {
        MetaTags.Named declared = SiteNames.declared(document);
        if (declared != null) {
            return new String[] {declared.values().get(0), "site-name:" + declared.name()};
        }
        Element brand = document.selectFirst(".navbar-brand, [class*=site-name], [class*=siteName], [class*=site-title], "
                + "[class*=brand], header a[href=/]");
        if (brand != null && ElementText.emptyToNull(brand.text()) != null && brand.text().length() <= 120) {
            return new String[] {brand.text().strip(), "site-name:brand"};
        }
        String segment = VisibleTitle.siteSegment(document);
        if (segment != null) {
            return new String[] {segment, "site-name:title-element"};
        }
        Element title = document.selectFirst("title");
        Element heading = document.selectFirst("h1");
        if (title != null && heading != null && ElementText.emptyToNull(title.text()) != null
                && !title.text().contains(heading.text()) && !heading.text().contains(title.text())) {
            return new String[] {title.text().strip(), "site-name:title-element"};
        }
        return null;
    }

    /**
     * The page's own research-area tags. Menus list every area of the site, so a group of links
     * (one list or one parent) that holds more area links than a paper ever has is a menu, not tags.
     */
    private static List<ResearchAreaLink> researchAreas(Document document, PageRegions regions) {
        Map<Element, List<Element>> groups = new IdentityHashMap<>();
        List<Element> inOrder = new ArrayList<>();
        for (Element link : document.select("a[href*=research-area]")) {
            // The raw href is matched first: resolving every link to an absolute url costs more than the rest.
            if (RESEARCH_AREA_LINK.matcher(link.attr("href").toLowerCase(Locale.ROOT)).find()
                    && ElementText.emptyToNull(link.text()) != null && !regions.isBoilerplate(link)) {
                Element parent = link.parent();
                Element group = parent != null && parent.normalName().equals("li") && parent.parent() != null
                        ? parent.parent() : parent;
                groups.computeIfAbsent(group, key -> new ArrayList<>()).add(link);
                inOrder.add(link);
            }
        }
        List<ResearchAreaLink> areas = new ArrayList<>();
        for (Element link : inOrder) {
            Element parent = link.parent();
            Element group = parent != null && parent.normalName().equals("li") && parent.parent() != null
                    ? parent.parent() : parent;
            if (groups.get(group).size() <= MAX_AREAS_OF_A_PAPER) {
                String url = link.absUrl("href");
                if (areas.stream().noneMatch(area -> url.equals(area.url()))) {
                    areas.add(new ResearchAreaLink(link.text().strip(), url));
                }
            }
        }
        return areas;
    }

    private static void put(PartialPublication.Builder found, PublicationField field,
                            String[] valueAndSource) {
        if (valueAndSource != null) {
            found.text(field, valueAndSource[0], valueAndSource[1]);
        }
    }
}
