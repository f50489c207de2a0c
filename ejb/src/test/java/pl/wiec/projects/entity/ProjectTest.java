package pl.wiec.projects.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ProjectTest {

    private static final LocalDate MAY_1 = LocalDate.of(2027, 5, 1);

    private static Project project() {
        return new Project(new ProjectTexts(new LocalizedText("Bulwar", "Boulevard"), LocalizedText.polish("Pomysły"),
                LocalizedText.polish(null)), Instant.now());
    }

    private static PhasePlan phase(String title, LocalDate from, LocalDate to) {
        return new PhasePlan(null, LocalizedText.polish(title), from, to, "information");
    }

    @Test
    void phasesAreKeptInOrderAndTheRunningOneIsFoundByDay() throws Exception {
        Project project = project();
        project.plan(List.of(phase("Drugi", MAY_1.plusDays(10), MAY_1.plusDays(20)),
                phase("Pierwszy", MAY_1, MAY_1.plusDays(9))));
        assertEquals(List.of("Pierwszy", "Drugi"), project.phases().stream().map(p -> p.title().pl()).toList());
        assertEquals("Drugi", project.phaseOn(MAY_1.plusDays(10)).orElseThrow().title().pl());
        assertTrue(project.phaseOn(MAY_1.minusDays(1)).isEmpty());
    }

    @Test
    void overlappingPhasesAreRefusedByName() {
        Project project = project();
        TimelineRejected rejected = assertThrows(TimelineRejected.class, () -> project.plan(
                List.of(phase("A", MAY_1, MAY_1.plusDays(10)), phase("B", MAY_1.plusDays(10), MAY_1.plusDays(20)))));
        assertEquals("A", rejected.first().title().pl());
        assertEquals("B", rejected.second().title().pl());
        assertTrue(project.phases().isEmpty(), "nothing of it is applied");
    }

    @Test
    void aPhaseThatEndsBeforeItStartsIsRefused() {
        Project project = project();
        TimelineRejected rejected = assertThrows(TimelineRejected.class,
                () -> project.plan(List.of(phase("A", MAY_1, MAY_1.minusDays(1)))));
        assertNull(rejected.second());
    }

    @Test
    void englishFallsBackToPolish() {
        LocalizedText text = new LocalizedText("Tylko po polsku", "  ");
        assertEquals("Tylko po polsku", text.in(Locale.ENGLISH));
        assertEquals("Boulevard", project().title().in(Locale.ENGLISH));
        assertEquals("Bulwar", project().title().in(Locale.forLanguageTag("pl")));
    }

    @Test
    void descriptionsKeepHarmlessHtmlOnly() {
        String clean = RichText.sanitised("<h2>Plan</h2><p onclick=\"steal()\">Tekst <strong>ważny</strong>"
                + "<script>alert(1)</script><img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">zły</a>"
                + "<a href=\"https://um.augustow.pl\">dobry</a></p><iframe src=\"https://evil.example\"></iframe>");
        assertTrue(clean.contains("<h2>Plan</h2>"));
        assertTrue(clean.contains("<strong>ważny</strong>"));
        assertTrue(clean.contains("<a href=\"https://um.augustow.pl\" rel=\"nofollow noopener\">dobry</a>"), clean);
        for (String bad : List.of("script", "onclick", "onerror", "<img", "javascript:", "iframe")) {
            assertFalse(clean.contains(bad), bad + " removed from " + clean);
        }
        assertNull(RichText.sanitised("<script>only()</script>"));
    }

    @Test
    void aProjectNeedsAPolishTitleAndSummary() {
        assertThrows(IllegalArgumentException.class,
                () -> new Project(new ProjectTexts(new LocalizedText(null, "Only English"), LocalizedText.polish("x"),
                        LocalizedText.polish(null)), Instant.now()));
    }
}
