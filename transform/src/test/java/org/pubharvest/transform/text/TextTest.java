package org.pubharvest.transform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void cleanTurnsEveryRunOfWhitespaceIntoOneSpaceAndTrims() {
        assertThat(Text.clean("  Deep\tlearning\n\nfor \r\n  everyone  ")).isEqualTo("Deep learning for everyone");
    }

    @Test
    void cleanTreatsNoBreakSpacesAsSpaces() {
        assertThat(Text.clean("\u00A0Amazon\u00A0\u00A0Science\u202Fteam\u00A0")).isEqualTo("Amazon Science team");
    }

    @Test
    void cleanRemovesZeroWidthCharactersAndSoftHyphens() {
        assertThat(Text.clean("\uFEFFMachine\u200B learn\u00ADing\u200D at\u2060 scale"))
                .isEqualTo("Machine learning at scale");
    }

    @Test
    void cleanComposesDecomposedAccentsIntoNfc() {
        String decomposed = "Bernhard Scho\u0308lkopf";

        String cleaned = Text.clean(decomposed);

        assertThat(cleaned).isEqualTo("Bernhard Sch\u00F6lkopf");
        assertThat(Normalizer.isNormalized(cleaned, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void cleanMakesNothingOfNullEmptyAndInvisibleOnlyText() {
        assertThat(Text.clean(null)).isNull();
        assertThat(Text.clean("")).isNull();
        assertThat(Text.clean(" \t\n\u00A0 ")).isNull();
        assertThat(Text.clean("\u200B\u00AD")).isNull();
    }

    @Test
    void cleanParagraphsKeepsBlankLinesBetweenParagraphsAndCollapsesEverythingElse() {
        String stated = "  We present\n a new   system.\n\n\n  It is\tfast.  \n   \n And cheap. ";

        assertThat(Text.cleanParagraphs(stated)).isEqualTo("We present a new system.\n\nIt is fast.\n\nAnd cheap.");
    }

    @Test
    void cleanParagraphsUnderstandsWindowsLineEndings() {
        assertThat(Text.cleanParagraphs("First part.\r\n\r\nSecond part.")).isEqualTo("First part.\n\nSecond part.");
    }

    @Test
    void cleanParagraphsLeavesASingleParagraphOnOneLine() {
        assertThat(Text.cleanParagraphs("One line\nwrapped\nby the page.")).isEqualTo("One line wrapped by the page.");
    }

    @Test
    void cleanParagraphsMakesNothingOfNullAndBlankText() {
        assertThat(Text.cleanParagraphs(null)).isNull();
        assertThat(Text.cleanParagraphs("\n\n  \n\t\n")).isNull();
    }

    @Test
    void foldLowerCasesDropsAccentsAndTurnsPunctuationIntoSpaces() {
        assertThat(Text.fold("Sch\u00F6lkopf")).isEqualTo("scholkopf");
        assertThat(Text.fold("Scho\u0308lkopf")).isEqualTo(Text.fold("Scholkopf"));
        assertThat(Text.fold("  Security, privacy, and abuse-prevention! ")).isEqualTo("security privacy and abuse prevention");
        assertThat(Text.fold("IEEE S&P 2021")).isEqualTo("ieee s p 2021");
    }

    @Test
    void foldOfNullIsEmpty() {
        assertThat(Text.fold(null)).isEmpty();
    }

    @Test
    void slugJoinsFoldedWordsWithHyphens() {
        assertThat(Text.slug("Conversational AI / Natural-Language Processing"))
                .isEqualTo("conversational-ai-natural-language-processing");
        assertThat(Text.slug("Économie  des données")).isEqualTo("economie-des-donnees");
    }

    @Test
    void aLineOfNoBreakSpacesStillSeparatesParagraphs() {
        assertThat(Text.cleanParagraphs("First paragraph.\n\u00A0\nSecond paragraph."))
                .isEqualTo("First paragraph.\n\nSecond paragraph.");
    }

    @Test
    void anAccentSeparatedByASoftHyphenStillComposes() {
        assertThat(Text.clean("Scho\u00AD\u0308lkopf")).isEqualTo("Sch\u00F6lkopf");
    }

    @Test
    void withoutLabelTakesOffALabelWithAColonOrOnALineOfItsOwnButNotAWordOfTheText() {
        assertThat(Text.withoutLabel("Abstract: We study X.", "Abstract")).isEqualTo("We study X.");
        assertThat(Text.withoutLabel("Abstract\n\nWe study X.", "Abstract")).isEqualTo("We study X.");
        assertThat(Text.withoutLabel("Abstract algebra is studied.", "Abstract")).isEqualTo("Abstract algebra is studied.");
    }
}
