package org.pubharvest.transform.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Linking on the whole sample site against its answer key ({@code expected/rankings.jsonl}, written
 * from the pages): every entry ends linked to the right publication by the expected method, or
 * unlinked. The threshold table in the README is what {@link #textSimilarityAloneAtEachThreshold}
 * prints: text matching alone, tried on every entry (link or not), at each threshold.
 */
class RankingLinkingAnswerKeyTest {

    private static SampleSiteRankings site;
    private static RankingLinker linker;
    private static List<JsonNode> expected;

    @BeforeAll
    static void readTheSite() {
        site = new SampleSiteRankings();
        linker = new RankingLinker(site.publications);
        expected = SampleSiteRankings.answerKey("expected/rankings.jsonl");
    }

    @Test
    void everyEntryOfTheSampleSiteIsLinkedAsTheAnswerKeySays() {
        assertThat(site.entries).hasSize(expected.size());
        for (JsonNode key : expected) {
            RankingEntry entry = entry(key.get("listYear").asInt(), key.get("rank").asInt());
            LinkDecision decision = linker.link(entry, site.blogPaperUrl(entry));
            String description = entry.listYear() + " #" + entry.rank() + " " + decision;
            String linked = SampleSiteRankings.textOrNull(key.get("linkedPublication"));
            if (linked == null) {
                assertThat(decision).as(description).isInstanceOf(LinkDecision.Unlinked.class);
                assertThat(((LinkDecision.Unlinked) decision).reason()).as(description).contains("below the threshold");
            } else {
                assertThat(decision).as(description).isInstanceOf(LinkDecision.Linked.class);
                assertThat(((LinkDecision.Linked) decision).publicationUrl()).as(description).isEqualTo(linked);
                assertThat(((LinkDecision.Linked) decision).method().stored()).as(description)
                        .isEqualTo(key.get("linkMethod").asString());
            }
        }
    }

    @Test
    void theListsStateWhatTheAnswerKeySays() {
        for (JsonNode key : expected) {
            RankingEntry entry = entry(key.get("listYear").asInt(), key.get("rank").asInt());
            String description = entry.listYear() + " #" + entry.rank();
            assertThat(entry.title()).as(description).isEqualTo(SampleSiteRankings.textOrNull(key.get("title")));
            assertThat(entry.blogUrl()).as(description).isEqualTo(SampleSiteRankings.textOrNull(key.get("blogUrl")));
            assertThat(entry.publicationUrl()).as(description)
                    .isEqualTo(SampleSiteRankings.textOrNull(key.get("publicationUrl")));
            assertThat(entry.venueAsStated()).as(description).isEqualTo(SampleSiteRankings.textOrNull(key.get("venue")));
            assertThat(entry.award()).as(description).isEqualTo(SampleSiteRankings.textOrNull(key.get("award")));
            assertThat(entry.abstractText()).as(description).startsWith(key.get("abstractStart").asString());
        }
    }

    /**
     * Text matching alone on all 30 entries: per threshold, how many entries it links right, how many
     * it misses (the paper is on the site but scores below) and how many it links wrong (the best
     * candidate is not the paper, or there is no paper on the site). Prints the README's table.
     */
    @Test
    void textSimilarityAloneAtEachThreshold() {
        List<Scored> scored = new ArrayList<>();
        for (JsonNode key : expected) {
            RankingEntry entry = entry(key.get("listYear").asInt(), key.get("rank").asInt());
            List<TextMatch> matches = linker.textMatches(entry);
            String truth = SampleSiteRankings.textOrNull(key.get("linkedPublication"));
            double trueScore = matches.stream().filter(m -> m.publicationUrl().equals(truth)).mapToDouble(TextMatch::score)
                    .findFirst().orElse(0);
            double bestWrong = matches.stream().filter(m -> !m.publicationUrl().equals(truth)).mapToDouble(TextMatch::score)
                    .max().orElse(0);
            scored.add(new Scored(entry, truth, matches.get(0), trueScore, bestWrong));
        }
        StringBuilder table = new StringBuilder("| threshold | linked right | missed | linked wrong |\n|---|---|---|---|\n");
        for (double threshold : new double[] {0.10, 0.20, 0.25, 0.30, 0.40, 0.50, 0.60, 0.70, 0.80, 0.85, 0.90, 0.95}) {
            Outcome outcome = outcome(scored, threshold);
            table.append(String.format(Locale.ROOT, "| %.2f | %d | %d | %d |%n", threshold, outcome.right(),
                    outcome.missed(), outcome.wrong()));
        }
        StringBuilder entries = new StringBuilder("| list | rank | true paper's score | best other score |\n|---|---|---|---|\n");
        for (Scored s : scored) {
            entries.append(String.format(Locale.ROOT, "| %d | %d | %s | %.2f |%n", s.entry().listYear(), s.entry().rank(),
                    s.truth() == null ? "not on the site" : String.format(Locale.ROOT, "%.2f", s.trueScore()), s.bestWrong()));
        }
        System.out.println(table);
        System.out.println(entries);

        Outcome atThreshold = outcome(scored, RankingLinker.THRESHOLD);
        assertThat(atThreshold).isEqualTo(new Outcome(29, 0, 0));
        double lowestTrue = scored.stream().filter(s -> s.truth() != null).mapToDouble(Scored::trueScore).min().orElseThrow();
        double highestWrong = scored.stream().mapToDouble(Scored::bestWrong).max().orElseThrow();
        assertThat(highestWrong).isLessThan(RankingLinker.THRESHOLD).isLessThan(lowestTrue);
        assertThat(lowestTrue).isGreaterThanOrEqualTo(RankingLinker.THRESHOLD);
    }

    private static Outcome outcome(List<Scored> scored, double threshold) {
        int right = 0;
        int missed = 0;
        int wrong = 0;
        for (Scored s : scored) {
            boolean linked = s.best().score() >= threshold;
            if (linked && Objects.equals(s.best().publicationUrl(), s.truth())) {
                right++;
            } else if (linked) {
                wrong++;
            } else if (s.truth() != null) {
                missed++;
            }
        }
        return new Outcome(right, missed, wrong);
    }

    private static RankingEntry entry(int year, int rank) {
        return site.entries.stream().filter(e -> e.listYear() == year && e.rank() == rank).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + year + " #" + rank));
    }

    private record Scored(RankingEntry entry, String truth, TextMatch best, double trueScore, double bestWrong) {
    }

    private record Outcome(int right, int missed, int wrong) {
    }
}
