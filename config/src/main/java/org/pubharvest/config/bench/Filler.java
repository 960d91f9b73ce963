package org.pubharvest.config.bench;

import java.util.SplittableRandom;

/**
 * Page weight like a CMS page's: an inline state script in the head and a related-content section
 * in the body, of a given size, made of words so that the parser does the same work it does on real
 * text. Pieces are short, so a filler ends at most a few hundred bytes past what was asked.
 */
final class Filler {

    private static final String[] WORDS = ("learning model data results method we propose approach performance training "
            + "network large scale customers inference latency language speech retrieval graph robust policy "
            + "optimization evaluation experiments baseline accuracy dataset neural forecasting demand supply "
            + "reasoning verification security privacy quantum robotics vision recommendation search ranking "
            + "sustainability economics causal bandit reinforcement transformer distillation federated").split(" ");
    private static final String[] AREAS = {"machine-learning", "computer-vision", "robotics", "economics",
        "conversational-ai-natural-language-processing", "search-and-information-retrieval", "automated-reasoning"};

    private Filler() {
    }

    /** An inline script of about {@code bytes} bytes (ASCII), as CMS pages carry their client state. */
    static String script(SplittableRandom random, int bytes) {
        StringBuilder text = new StringBuilder(bytes + 512);
        text.append("\n<script type=\"text/javascript\">window.__BRIGHTSPOT_STATE__ = [");
        int item = 0;
        while (text.length() < bytes - 40) {
            text.append(item == 0 ? "" : ",").append("{\"id\":\"0000017").append(Integer.toHexString(random.nextInt(1 << 24)))
                    .append("\",\"type\":\"Promo\",\"label\":\"").append(words(random, 6))
                    .append("\",\"track\":").append(random.nextInt(100000)).append("}");
            item++;
        }
        return text.append("];</script>\n").toString();
    }

    /** A related-content section of about {@code bytes} bytes (ASCII): cards with links, headings and paragraphs. */
    static String related(SplittableRandom random, int bytes) {
        StringBuilder text = new StringBuilder(bytes + 512);
        text.append("\n<section class=\"RelatedContent\"><h2 class=\"RelatedContent-heading\">Related content</h2><ul>");
        while (text.length() < bytes - 40) {
            String area = AREAS[random.nextInt(AREAS.length)];
            text.append("\n<li class=\"RelatedContent-item\"><div class=\"PromoArticle\"><h3 class=\"PromoArticle-title\">")
                    .append("<a href=\"/blog/").append(words(random, 4).replace(' ', '-')).append("\">")
                    .append(capitalized(words(random, 7))).append("</a></h3><p class=\"PromoArticle-description\">")
                    .append(capitalized(words(random, 24))).append(".</p><a class=\"Tag\" href=\"/research-areas/")
                    .append(area).append("\">").append(area.replace('-', ' ')).append("</a></div></li>");
        }
        return text.append("\n</ul></section>\n").toString();
    }

    private static String words(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
