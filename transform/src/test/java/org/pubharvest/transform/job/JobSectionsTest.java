package org.pubharvest.transform.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobSectionsTest {

    @Test
    void splitsTheInlineHeadingsOfOneParagraph() {
        JobSections sections = JobSections.split("Join the next revolution in robotics. Key job responsibilities - Drive "
                + "research - Design architectures A day in the life - Design models - Collaborate About the team At "
                + "Frontier AI & Robotics, we build robots.");

        assertThat(sections).isEqualTo(new JobSections("- Drive research - Design architectures",
                "- Design models - Collaborate", "At Frontier AI & Robotics, we build robots."));
    }

    @Test
    void missingSectionsAreNull() {
        assertThat(JobSections.split("We are seeking a scientist. Key job responsibilities • Lead the design."))
                .isEqualTo(new JobSections("• Lead the design.", null, null));
        assertThat(JobSections.split("Are you excited to help customers discover the hottest products?"))
                .isEqualTo(new JobSections(null, null, null));
        assertThat(JobSections.split(null)).isEqualTo(new JobSections(null, null, null));
    }

    @Test
    void aHeadingInsideASentenceIsNotAHeading() {
        JobSections sections = JobSections.split("Tell us about the team you led. Key job responsibilities * Derive "
                + "models. Write About the team often? No.");

        assertThat(sections.aboutTheTeam()).isNull();
        assertThat(sections.responsibilities()).isEqualTo("* Derive models. Write About the team often? No.");
    }

    @Test
    void sectionsMayComeInAnyOrder() {
        JobSections sections = JobSections.split("Intro. About the team The MIDAS team runs analytics. "
                + "Key job responsibilities We are looking for a data scientist.");

        assertThat(sections.aboutTheTeam()).isEqualTo("The MIDAS team runs analytics.");
        assertThat(sections.responsibilities()).isEqualTo("We are looking for a data scientist.");
    }
}
