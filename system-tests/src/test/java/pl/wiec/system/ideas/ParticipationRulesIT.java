package pl.wiec.system.ideas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import pl.wiec.discussion.boundary.Comments;
import pl.wiec.discussion.boundary.Reactions;
import pl.wiec.ideas.boundary.Ideas;
import pl.wiec.ideas.entity.Idea;
import pl.wiec.ideas.entity.IdeaDraft;
import pl.wiec.ideas.entity.IdeaListing;
import pl.wiec.projects.boundary.NotAllowed;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.control.Eligibility.Refusal;
import pl.wiec.projects.entity.Action;
import pl.wiec.projects.entity.ActionRule;
import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.projects.entity.PhasePlan;
import pl.wiec.projects.entity.Requirement;
import pl.wiec.projects.entity.Visibility;
import pl.wiec.residents.boundary.ResidentProfileDetails;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.boundary.Ticket;
import pl.wiec.residents.entity.LevelOfAssurance;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.Staff;
import pl.wiec.system.support.TestPeople;
import pl.wiec.system.support.TestProjects;

/**
 * Who may do what in a phase (submit, comment, react, support: each its own rule of identity, age and area), dislikes
 * where the phase takes them, and the orders and filters of the idea list.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class ParticipationRulesIT {

    @Deployment
    static EnterpriseArchive wiec() {
        return Deployments.wiecWith(ParticipationRulesIT.class);
    }

    @Inject
    Ideas ideas;

    @Inject
    Projects projects;

    @Inject
    Residents residents;

    @Inject
    Reactions reactions;

    @Inject
    Comments comments;

    /** The demo municipality's area Zarzecze and topic "Zieleń i klimat". */
    private static final long ZARZECZE = 4;
    private static final long GREENERY = 1;

    private static final IdeaDraft DRAFT = new IdeaDraft("Zieleń na podwórku", "Drzewa i krzewy.", null, null, null);

    @Test
    void onlyVerifiedResidentsOfTheChosenAreaSupportAndEveryoneElseIsToldWhatToDo() throws Exception {
        long project = project("proposals", false,
                Map.of(Action.SUPPORT, new ActionRule(Requirement.NATIONAL_SUBSTANTIAL, null, List.of("Zarzecze"))));
        Ticket author = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        long proposal = Staff.asResident(author, () -> ideas.submit(project, DRAFT)).id();

        assertEquals(Optional.of(Refusal.SIGN_IN), ideas.whyNotOn(proposal, Action.SUPPORT));
        Ticket low = residents.signInNationally(TestPeople.someone(LevelOfAssurance.LOW), null);
        assertEquals(Refusal.VERIFY_NATIONALLY, refusal(() -> Staff.asResident(low, () -> ideas.support(proposal))));

        Ticket resident = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        assertEquals(Refusal.DECLARE_AREA, refusal(() -> Staff.asResident(resident, () -> ideas.support(proposal))),
                "no area in the profile: they are asked to say where they live");
        livesIn(resident, "Lipowiec");
        assertEquals(Refusal.OUTSIDE_AREA, refusal(() -> Staff.asResident(resident, () -> ideas.support(proposal))));
        livesIn(resident, "Zarzecze");
        assertEquals(Optional.empty(), Staff.asResident(resident, () -> ideas.whyNotOn(proposal, Action.SUPPORT)));
        assertEquals(1L, (long) Staff.asResident(resident, () -> ideas.support(proposal)));

        assertEquals(Optional.empty(), Staff.asResident(low, () -> ideas.whyNotOn(proposal, Action.COMMENT)),
                "the other actions keep their own rule: anyone signed in comments");
        Staff.asResident(low, () -> comments.comment(proposal, null, "Popieram, choć mieszkam gdzie indziej"));
        assertEquals(1, ideas.find(proposal).orElseThrow().comments());
    }

    @Test
    void commentingAndReactingFollowTheirOwnRules() throws Exception {
        long project = project("ideation", false,
                Map.of(Action.COMMENT, new ActionRule(Requirement.NATIONAL_LOW, 18, null), Action.REACT,
                        new ActionRule(Requirement.NATIONAL_HIGH, null, null)));
        Ticket author = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        long idea = Staff.asResident(author, () -> ideas.submit(project, DRAFT)).id();

        Ticket teenager = residents.signInNationally(
                TestPeople.bornOn(projects.today().minusYears(16), LevelOfAssurance.SUBSTANTIAL), null);
        assertEquals(Refusal.TOO_YOUNG,
                refusal(() -> Staff.asResident(teenager, () -> comments.comment(idea, null, "Za młody?"))));
        assertTrue(comments.of(idea).isEmpty(), "nothing was stored");
        assertEquals(Refusal.VERIFY_NATIONALLY, refusal(() -> Staff.asResident(teenager, () -> {
            reactions.like(idea);
            return null;
        })));
        assertEquals(0, ideas.find(idea).orElseThrow().likes());

        Ticket high = residents.signInNationally(TestPeople.someone(LevelOfAssurance.HIGH), null);
        Staff.asResident(high, () -> {
            reactions.like(idea);
            return null;
        });
        assertEquals(1, ideas.find(idea).orElseThrow().likes());
        assertThrows(jakarta.ejb.EJBException.class, () -> Staff.asResident(high, () -> {
            reactions.dislike(idea);
            return null;
        }), "this phase takes no dislikes");
    }

    @Test
    void aResidentLikesOrDislikesAnIdeaOnceAndCanChangeTheirMind() throws Exception {
        long project = project("ideation", true, Map.of());
        Ticket author = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        long idea = Staff.asResident(author, () -> ideas.submit(project, DRAFT)).id();
        Ticket critic = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        Staff.asResident(critic, () -> {
            reactions.like(idea);
            reactions.dislike(idea);
            reactions.dislike(idea);
            return null;
        });
        Idea counted = ideas.find(idea).orElseThrow();
        assertEquals(0, counted.likes());
        assertEquals(1, counted.dislikes());
        Staff.asResident(critic, () -> {
            reactions.withdraw(idea);
            return null;
        });
        assertEquals(0, ideas.find(idea).orElseThrow().dislikes());
    }

    @Test
    void ideasAreListedNewestMostLikedMostDiscussedOrInOneVisitorsRandomOrderAndFiltered() throws Exception {
        long project = project("ideation", false, Map.of());
        Ticket author = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        long first = Staff.asResident(author,
                () -> ideas.submit(project, new IdeaDraft("Ławki nad rzeką", "Ławki w cieniu.", null, null, null)))
                .id();
        long second = Staff.asResident(author,
                () -> ideas.submit(project, new IdeaDraft("Stojaki rowerowe", "Przy szkole.", null, null, null))).id();
        long third = Staff.asResident(author,
                () -> ideas.submit(project, new IdeaDraft("Fontanna", "Na rynku, z ławkami.", null, null, null))).id();
        for (int i = 0; i < 2; i++) {
            Ticket fan = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
            Staff.asResident(fan, () -> {
                reactions.like(first);
                return null;
            });
        }
        Staff.asResident(author, () -> comments.comment(second, null, "Koniecznie zadaszone"));

        assertEquals(List.of(third, second, first), ids(project, IdeaListing.NEWEST));
        assertEquals(first, ids(project, new IdeaListing(IdeaListing.Order.MOST_LIKED, null, null, 1)).get(0));
        assertEquals(second, ids(project, new IdeaListing(IdeaListing.Order.MOST_DISCUSSED, null, null, 1)).get(0));
        IdeaListing random = new IdeaListing(IdeaListing.Order.RANDOM, null, null, 4242);
        assertEquals(ids(project, random), ids(project, random), "the same visitor pages through one order");
        assertEquals(3, ids(project, random).size());

        IdeaListing benches = new IdeaListing(IdeaListing.Order.NEWEST, null, "ŁAWK", 1);
        assertEquals(List.of(third, first), ids(project, benches), "title or text, any case");
        assertEquals(2L, ideas.count(project, benches));
        long tagged = Staff.asResident(author, () -> ideas.submit(project, new IdeaDraft("Łąka kwietna",
                "Mniej koszenia.", null, null, null, ZARZECZE, java.util.Set.of(GREENERY)))).id();
        assertEquals(List.of(tagged),
                ids(project, new IdeaListing(IdeaListing.Order.NEWEST, null, null, 1, ZARZECZE, null)));
        assertEquals(List.of(tagged),
                ids(project, new IdeaListing(IdeaListing.Order.NEWEST, null, null, 1, null, GREENERY)));
        assertEquals(java.util.Set.of(GREENERY), ideas.find(tagged).orElseThrow().topicIds());
        assertThrows(jakarta.ejb.EJBException.class, () -> Staff.asResident(author, () -> ideas.submit(project,
                new IdeaDraft("Nieznany obszar", "Opis", null, null, null, 999_999L, java.util.Set.of()))));
        Staff.as(Staff.CLERK, () -> inputManager.changeStatus(List.of(second), "accepted"));
        assertEquals(List.of(second), ids(project, new IdeaListing(IdeaListing.Order.NEWEST, "accepted", null, 1)));
    }

    @Inject
    pl.wiec.ideas.boundary.InputManager inputManager;

    private List<Long> ids(long project, IdeaListing listing) {
        return ideas.of(project, listing, 0).stream().map(Idea::id).toList();
    }

    private void livesIn(Ticket resident, String area) throws Exception {
        Staff.asResident(resident, () -> residents.describe(new ResidentProfileDetails(null, area, null, true, false)));
    }

    private static Refusal refusal(org.junit.jupiter.api.function.Executable action) {
        return assertThrows(NotAllowed.class, action).refusal();
    }

    private long project(String method, boolean dislikes, Map<Action, ActionRule> rules) throws Exception {
        boolean proposals = "proposals".equals(method);
        return TestProjects.create(projects, "Zasady", Visibility.PUBLISHED,
                today -> List.of(new PhasePlan(null, LocalizedText.polish("Etap"), today.minusDays(1),
                        today.plusDays(20), method, rules, dislikes, proposals ? 5 : null, proposals ? 20 : null)));
    }
}
