package pl.wiec.system.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import pl.wiec.budget.boundary.BudgetEditions;
import pl.wiec.budget.boundary.BudgetResults;
import pl.wiec.budget.control.BudgetVotingMethod;
import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.Checklist;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.EditionCount;
import pl.wiec.budget.entity.EditionRules;
import pl.wiec.budget.entity.Pool;
import pl.wiec.budget.entity.PoolPlan;
import pl.wiec.budget.entity.ProjectStatus;
import pl.wiec.budget.entity.VotingMethod;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.Action;
import pl.wiec.projects.entity.ActionRule;
import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.projects.entity.Phase;
import pl.wiec.projects.entity.PhasePlan;
import pl.wiec.projects.entity.Project;
import pl.wiec.projects.entity.Requirement;
import pl.wiec.projects.entity.Visibility;

/**
 * Budget editions for tests, set up as a clerk sets them up, on Wasilków's pattern: three pools (town-wide 240,000 zł
 * with a 100,000 zł cap, the Zarzecze area's 22,000 zł, a green 60,000 zł with a 30,000 zł cap), one vote per pool;
 * projects 1–4 in the first pool, 5–6 in the second, 7 in the third admitted, project 8 (third pool) rejected.
 */
public final class TestEditions {

    /** A checklist with every question answered yes. */
    public static final Checklist PASSED = new Checklist(true, true, true, true, null);

    /** The demo area Zarzecze, whose residents vote in the second pool. */
    public static final long ZARZECZE = 4;

    private TestEditions() {
    }

    /** An edition whose vote runs from yesterday for a week under the rule, with the rules given. */
    public static Edition wasilkow(Projects projects, BudgetEditions editions, Requirement voters, EditionRules rules)
            throws Exception {
        long project = TestProjects.create(projects, "BO", Visibility.PUBLISHED, today -> List.of(
                TestProjects.phase(today, "budget-voting").withRule(Action.VOTE, new ActionRule(voters, null, null))));
        return Staff.as(Staff.CLERK, () -> {
            Edition edition = editions.configure(project, null, rules,
                    List.of(pool("Pula ogólnomiejska", 240_000, 100_000, null),
                            pool("Sołectwo Zarzecze", 22_000, 22_000, ZARZECZE),
                            pool("Zielona pula", 60_000, 30_000, null)));
            List<Pool> pools = edition.pools();
            long[][] entered = { { 0, 95_000 }, { 0, 88_000 }, { 0, 60_000 }, { 0, 40_000 }, { 1, 18_000 },
                    { 1, 9_000 }, { 2, 25_000 }, { 2, 30_000 } };
            for (int i = 0; i < entered.length; i++) {
                BudgetProject item = editions.enter(project, pools.get((int) entered[i][0]).id(), "Projekt " + (i + 1),
                        "Opis projektu " + (i + 1), null, BigDecimal.valueOf(entered[i][1]));
                if (i < 7) {
                    BudgetProject checked = editions.verify(item.id(), item.version(), PASSED);
                    editions.admit(checked.id(), checked.version());
                } else {
                    editions.reject(item.id(), item.version(), "Teren nie należy do gminy.");
                }
            }
            return editions.edition(project).orElseThrow();
        });
    }

    /** A pool with one vote, of that amount and cap, for the whole gmina (area null) or one area. */
    public static PoolPlan pool(String name, long amount, long cap, Long area) {
        return new PoolPlan(null, LocalizedText.polish(name), BigDecimal.valueOf(amount), BigDecimal.valueOf(cap), area,
                VotingMethod.ONE_VOTE, 1, 1, null);
    }

    /** The admitted projects of the edition's pool (0, 1, 2), by number. */
    public static List<BudgetProject> onBallot(BudgetEditions editions, Edition edition, int pool) {
        long poolId = edition.pools().get(pool).id();
        return editions.projects(edition.projectId(), ProjectStatus.ADMITTED).stream()
                .filter(item -> item.poolId() == poolId).toList();
    }

    /**
     * Ends the edition's vote yesterday, as a clerk does when the vote is over: the voting phase is moved to the eight
     * days before today (confirmed, as it is shortened into the past).
     */
    public static void endVote(Projects projects, long editionId) throws Exception {
        Staff.as(Staff.CLERK, () -> {
            Project project = projects.find(editionId).orElseThrow();
            LocalDate today = projects.today();
            List<PhasePlan> plans = project.phases().stream().map(Phase::plan)
                    .map(plan -> BudgetVotingMethod.KEY.equals(plan.method()) ? new PhasePlan(plan.id(), plan.title(),
                            today.minusDays(8), today.minusDays(1), plan.method(), plan.rules(), plan.dislikes(),
                            plan.supportThreshold(), plan.supportDays()) : plan)
                    .toList();
            return projects.plan(editionId, project.version(), plans, true);
        });
    }

    /** Publishes the edition's count (first publication) as a clerk, with a commission of two. */
    public static EditionCount publish(BudgetResults results, long editionId) throws Exception {
        return Staff.as(Staff.CLERK, () -> results.publish(editionId, "Uchwała nr I/1/2026 Rady Gminy Testowej",
                "Anna Nowak\nJan Kowalski", "Wasilków", null));
    }
}
