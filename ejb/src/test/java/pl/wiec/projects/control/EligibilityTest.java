package pl.wiec.projects.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import pl.wiec.projects.control.Eligibility.Refusal;
import pl.wiec.projects.entity.Action;
import pl.wiec.projects.entity.ActionRule;
import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.projects.entity.Phase;
import pl.wiec.projects.entity.PhasePlan;
import pl.wiec.projects.entity.Project;
import pl.wiec.projects.entity.ProjectTexts;
import pl.wiec.projects.entity.Requirement;
import pl.wiec.residents.entity.Verification;

class EligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

    @Test
    void eachActionFollowsItsOwnRuleAndTheFirstUnmetConditionIsTheOneToFix() throws Exception {
        Phase phase = phase(Map.of(Action.SUPPORT,
                new ActionRule(Requirement.NATIONAL_SUBSTANTIAL, 16, List.of("Zarzecze", "Borki"))));
        LocalDate adult = TODAY.minusYears(30);
        assertEquals(Optional.of(Refusal.SIGN_IN), Eligibility.to(Action.SUPPORT, phase, TODAY, null, null, null));
        assertEquals(Optional.of(Refusal.VERIFY_NATIONALLY),
                Eligibility.to(Action.SUPPORT, phase, TODAY, Verification.EMAIL_CONFIRMED, null, "Borki"));
        assertEquals(Optional.of(Refusal.AGE_UNKNOWN),
                Eligibility.to(Action.SUPPORT, phase, TODAY, Verification.NATIONAL_HIGH, null, "Borki"));
        assertEquals(Optional.of(Refusal.TOO_YOUNG), Eligibility.to(Action.SUPPORT, phase, TODAY,
                Verification.NATIONAL_HIGH, TODAY.minusYears(16).plusDays(1), "Borki"));
        assertEquals(Optional.empty(),
                Eligibility.to(Action.SUPPORT, phase, TODAY, Verification.NATIONAL_HIGH, TODAY.minusYears(16), "Borki"),
                "sixteen on the day");
        assertEquals(Optional.of(Refusal.DECLARE_AREA),
                Eligibility.to(Action.SUPPORT, phase, TODAY, Verification.NATIONAL_SUBSTANTIAL, adult, " "));
        assertEquals(Optional.of(Refusal.OUTSIDE_AREA),
                Eligibility.to(Action.SUPPORT, phase, TODAY, Verification.NATIONAL_SUBSTANTIAL, adult, "Lipowiec"));
        assertEquals(Optional.empty(),
                Eligibility.to(Action.COMMENT, phase, TODAY, Verification.EMAIL_UNCONFIRMED, null, null),
                "commenting has its own rule: anyone signed in");
    }

    @Test
    void submittingNeedsARunningPhaseWhileTheDiscussionOfItsIdeasGoesOn() throws Exception {
        Phase phase = phase(Map.of());
        LocalDate after = TODAY.plusDays(30);
        assertEquals(Optional.of(Refusal.PHASE_CLOSED),
                Eligibility.to(Action.SUBMIT, phase, after, Verification.NATIONAL_HIGH, null, null));
        assertEquals(Optional.empty(),
                Eligibility.to(Action.COMMENT, phase, after, Verification.NATIONAL_HIGH, null, null));
    }

    private static Phase phase(Map<Action, ActionRule> rules) throws Exception {
        Project project = new Project(new ProjectTexts(LocalizedText.polish("Projekt"), LocalizedText.polish("Opis"),
                LocalizedText.polish(null)), Instant.now());
        project.plan(List.of(new PhasePlan(null, LocalizedText.polish("Etap"), TODAY.minusDays(1), TODAY.plusDays(7),
                "ideation", rules, false, null, null)));
        return project.phases().get(0);
    }
}
