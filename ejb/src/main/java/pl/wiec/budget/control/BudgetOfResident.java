package pl.wiec.budget.control;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.CostItem;
import pl.wiec.residents.entity.PersonalData;

/**
 * What the participatory budget keeps about a resident: the projects they submitted (with the office's decisions, their
 * appeals and the files they attached), the projects they supported, and in which editions they voted — how and when,
 * and the area and age group their vote counts in for turnout, never what they chose: the voter list holds their keyed
 * name only, which {@link BallotKeys} recomputes here, and nothing joins it to a ballot without the secret's other key.
 * A paper card that gave only a name and an address (no PESEL) names nobody's account, so it cannot be found here.
 */
@ApplicationScoped
public class BudgetOfResident {

    private static final List<String> FILE = List.of("id", "budgetProjectId", "kind", "title", "uploadedAt");
    private static final List<String> SUPPORT = List.of("budgetProjectId", "supportedAt");
    private static final List<String> VOTE = List.of("editionId", "channel", "votedOn", "area", "ageGroup");

    @PersistenceContext
    EntityManager em;

    @Inject
    BallotKeys keys;

    void gather(@Observes @Priority(400) PersonalData data) {
        PersonalData.Section projects = data.section("budgetProjects");
        em.createQuery("select p from BudgetProject p where p.authorId = :resident order by p.submittedAt, p.id",
                BudgetProject.class).setParameter("resident", data.residentId()).getResultList()
                .forEach(project -> projects.add().put("id", project.id()).put("editionId", project.editionId())
                        .put("poolId", project.poolId()).put("title", project.title())
                        .put("description", project.summary()).put("location", project.location())
                        .put("cost", project.cost()).put("costItems", costItems(project.costItems()))
                        .put("accessibility", project.accessibility()).put("status", project.status())
                        .put("submittedAt", project.submittedAt()).put("decidedAt", project.decidedAt())
                        .put("decisionReason", project.decisionReason()).put("corrections", project.corrections())
                        .put("correctionsUntil", project.correctionsUntil()).put("appeal", project.appeal())
                        .put("appealedAt", project.appealedAt()).put("appealAllowed", project.appealAllowed())
                        .put("appealDecidedAt", project.appealDecidedAt())
                        .put("appealDecision", project.appealReason()));
        PersonalData.Section files = data.section("budgetProjectFiles");
        em.createQuery("select f.id, f.projectId, f.kind, f.title, f.uploadedAt, f.file.fileName, f.file.contentType"
                + " from ProjectFile f, BudgetProject p where f.projectId = p.id and p.authorId = :resident"
                + " and f.byStaff = false order by f.projectId, f.id", Object[].class)
                .setParameter("resident", data.residentId()).getResultList()
                .forEach(row -> files.add().put(FILE, row)
                        .file("file", (String) row[5], (String) row[6], () -> em
                                .createQuery("select f.file.content from ProjectFile f where f.id = :id", byte[].class)
                                .setParameter("id", row[0]).getSingleResult()));
        PersonalData.Section supports = data.section("budgetSupports");
        em.createQuery("select s.projectId, s.supportedAt from ProjectSupport s where s.residentId = :resident"
                + " order by s.supportedAt", Object[].class).setParameter("resident", data.residentId()).getResultList()
                .forEach(row -> supports.add().put(SUPPORT, row));
        PersonalData.Section votes = data.section("budgetVotes");
        for (Long edition : em.createQuery("select e.projectId from Edition e order by e.projectId", Long.class)
                .getResultList()) {
            em.createQuery("select v.editionId, v.channel, v.votedOn, v.area, v.ageGroup from Voter v"
                    + " where v.editionId = :edition and v.voterKey in :voters", Object[].class)
                    .setParameter("edition", edition)
                    .setParameter("voters", data.personKeys().stream().map(key -> keys.voter(edition, key)).toList())
                    .getResultStream().forEach(row -> votes.add().put(VOTE, row));
        }
    }

    private static List<String> costItems(List<CostItem> items) {
        return items.stream().map(item -> item.name() + ": " + item.amount().toPlainString() + " zł").toList();
    }
}
