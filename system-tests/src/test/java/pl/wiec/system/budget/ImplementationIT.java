package pl.wiec.system.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import pl.wiec.budget.boundary.Ballots;
import pl.wiec.budget.boundary.BudgetEditions;
import pl.wiec.budget.boundary.BudgetImplementation;
import pl.wiec.budget.boundary.BudgetImplementation.Winner;
import pl.wiec.budget.boundary.BudgetResults;
import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.EditionRules;
import pl.wiec.budget.entity.Stage;
import pl.wiec.notifications.boundary.Follows;
import pl.wiec.notifications.boundary.Notifications;
import pl.wiec.notifications.entity.Kind;
import pl.wiec.notifications.entity.Notification;
import pl.wiec.notifications.entity.Subject;
import pl.wiec.platform.boundary.InvalidInput;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.Requirement;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.boundary.Ticket;
import pl.wiec.residents.entity.LevelOfAssurance;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.Staff;
import pl.wiec.system.support.TestEditions;
import pl.wiec.system.support.TestPeople;

/**
 * The implementation of the winning projects: staff report each step of a project that won in the published count,
 * residents read every winner's stage and history, and the edition's followers hear of each step.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class ImplementationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.wiecWith(ImplementationIT.class);
    }

    @Inject
    Projects projects;

    @Inject
    BudgetEditions editions;

    @Inject
    Ballots ballots;

    @Inject
    BudgetResults results;

    @Inject
    BudgetImplementation implementation;

    @Inject
    Residents residents;

    @Inject
    Follows follows;

    @Inject
    Notifications notifications;

    /** A Wasilków-like edition where two residents voted for project 2 in the first pool, counted and published. */
    private Edition published() throws Exception {
        Edition edition = TestEditions.wasilkow(projects, editions, Requirement.SIGNED_IN, EditionRules.usual());
        BudgetProject second = TestEditions.onBallot(editions, edition, 0).get(1);
        for (int voter = 0; voter < 2; voter++) {
            Ticket ticket = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
            Staff.asResident(ticket,
                    () -> ballots.cast(edition.projectId(), Map.of(edition.pools().get(0).id(), List.of(second.id())),
                            "ul. Testowa " + java.util.UUID.randomUUID()));
        }
        assertTrue(implementation.winners(edition.projectId()).isEmpty(), "no winners before the result is published");
        TestEditions.endVote(projects, edition.projectId());
        TestEditions.publish(results, edition.projectId());
        return edition;
    }

    @Test
    void staffReportEachStepOfAWinnerAndResidentsReadItsStageAndHistory() throws Exception {
        Edition edition = published();
        List<Winner> winners = implementation.winners(edition.projectId());
        assertEquals(List.of(2), winners.stream().map(w -> w.project().number()).toList(),
                "only the project with votes won (a project with no votes wins nothing)");
        BudgetProject winner = winners.get(0).project();
        assertEquals(null, winner.stage(), "no report yet");

        Ticket follower = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        Staff.asResident(follower, () -> {
            follows.follow(Subject.PROJECT, edition.projectId());
            return null;
        });
        java.time.LocalDate today = projects.today();
        Staff.as(Staff.CLERK, () -> implementation.report(winner.id(), Stage.PROCUREMENT,
                "Ogłoszono przetarg na wykonanie.", today.minusDays(3)));
        Staff.as(Staff.ADMINISTRATOR, () -> implementation.report(winner.id(), Stage.IN_PROGRESS,
                "Umowa z wykonawcą podpisana, prace ruszyły.", today));

        Winner read = implementation.winners(edition.projectId()).get(0);
        assertEquals(Stage.IN_PROGRESS, read.project().stage(), "the project shows its latest stage");
        assertEquals(List.of(Stage.PROCUREMENT, Stage.IN_PROGRESS),
                read.reports().stream().map(r -> r.stage()).toList(), "the history, oldest first");
        assertEquals("Umowa z wykonawcą podpisana, prace ruszyły.", read.reports().get(1).note());

        List<Notification> told = Staff.asResident(follower, notifications::mine);
        assertEquals(2, told.stream().filter(n -> n.kind() == Kind.BUDGET_PROGRESS).count(), "one per step");
        assertTrue(told.stream().anyMatch(n -> n.subject().contains("w realizacji — Umowa z wykonawcą podpisana")),
                told.toString());
    }

    @Test
    void onlyAWinnerOfAPublishedCountIsReportedAndOnlyByClerksAndAdministrators() throws Exception {
        Edition edition = published();
        BudgetProject loser = TestEditions.onBallot(editions, edition, 0).get(0);
        assertThrows(EJBException.class,
                () -> Staff.as(Staff.CLERK,
                        () -> implementation.report(loser.id(), Stage.PLANNED, "Planujemy.", projects.today())),
                "a project that did not win has no implementation");
        BudgetProject winner = implementation.winners(edition.projectId()).get(0).project();
        for (String login : List.of(Staff.MODERATOR, Staff.NO_WIEC_ROLE)) {
            assertThrows(EJBAccessException.class,
                    () -> Staff.as(login,
                            () -> implementation.report(winner.id(), Stage.PLANNED, "Planujemy.", projects.today())),
                    login);
        }
        Ticket resident = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        assertThrows(EJBAccessException.class, () -> Staff.asResident(resident,
                () -> implementation.report(winner.id(), Stage.PLANNED, "Planujemy.", projects.today())));
        assertThrows(EJBAccessException.class,
                () -> implementation.report(winner.id(), Stage.PLANNED, "Planujemy.", projects.today()), "anonymous");
        assertThrows(InvalidInput.class,
                () -> Staff.as(Staff.CLERK,
                        () -> implementation.report(winner.id(), Stage.PLANNED, " ", projects.today())),
                "a report says what");
        assertEquals(null, implementation.winners(edition.projectId()).get(0).project().stage(),
                "nothing refused was stored");
    }
}
