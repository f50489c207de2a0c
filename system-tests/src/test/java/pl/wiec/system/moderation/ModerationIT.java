package pl.wiec.system.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import pl.wiec.discussion.boundary.Comments;
import pl.wiec.ideas.boundary.Ideas;
import pl.wiec.ideas.entity.Idea;
import pl.wiec.ideas.entity.IdeaDraft;
import pl.wiec.moderation.boundary.Moderation;
import pl.wiec.moderation.entity.ContentType;
import pl.wiec.moderation.entity.ModerationCase;
import pl.wiec.moderation.entity.ModerationState;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.Project;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.boundary.Ticket;
import pl.wiec.residents.entity.LevelOfAssurance;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.Staff;
import pl.wiec.system.support.TestPeople;
import pl.wiec.system.support.TestProjects;

/** Blocked words hold posts, flags count once, moderators hide with a reason or restore; nobody else decides. */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class ModerationIT {

    @Deployment
    static EnterpriseArchive wiec() {
        return Deployments.wiecWith(ModerationIT.class);
    }

    @Inject
    Moderation moderation;

    @Inject
    Ideas ideas;

    @Inject
    Comments comments;

    @Inject
    Projects projects;

    @Inject
    Residents residents;

    @AfterEach
    void noBlockedWords() throws Exception {
        Staff.as(Staff.MODERATOR, () -> moderation.replaceWords(List.of()));
    }

    @Test
    void aPostWithABlockedWordWaitsForAModeratorAndIsPublishedWhenRestored() throws Exception {
        Staff.as(Staff.MODERATOR, () -> moderation.replaceWords(List.of("Durn", "  ", "durn")));
        assertEquals(List.of("durn"), moderation.words(), "lowercase, no blanks, no repeats");
        long project = ideationProject();
        Ticket author = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        Idea held = Staff.asResident(author,
                () -> ideas.submit(project, new IdeaDraft("Durnowaty pomysł", "Opis", null, null, null)));
        Idea fine = Staff.asResident(author,
                () -> ideas.submit(project, new IdeaDraft("Dobry pomysł", "Opis", null, null, null)));
        assertEquals(List.of(fine.id()), ideas.of(project, 0).stream().map(Idea::id).toList(),
                "others see only what is published");
        assertEquals(2, Staff.asResident(author, () -> ideas.of(project, 0)).size(), "the author sees their own");

        ModerationCase waiting = Staff.as(Staff.MODERATOR, () -> moderation.queue()).stream()
                .filter(item -> item.contentId().equals(held.id())).findFirst().orElseThrow();
        assertEquals(ModerationCase.Cause.HELD, waiting.cause());
        Staff.as(Staff.MODERATOR, () -> {
            moderation.restore(waiting.id());
            return null;
        });
        assertEquals(2, ideas.of(project, 0).size());
    }

    @Test
    void flagsCountOnceAndAHiddenCommentCarriesItsReasonForTheAuthor() throws Exception {
        long project = ideationProject();
        Ticket author = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        long idea = Staff
                .asResident(author, () -> ideas.submit(project, new IdeaDraft("Pomysł", "Opis", null, null, null)))
                .id();
        long comment = Staff.asResident(author, () -> comments.comment(idea, null, "Nieładny komentarz")).id();
        Ticket reporter = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        for (int i = 0; i < 2; i++) {
            Staff.asResident(reporter, () -> {
                comments.flag(comment, "obraźliwy");
                return null;
            });
        }
        ModerationCase flagged = Staff.as(Staff.ADMINISTRATOR, () -> moderation.queue()).stream()
                .filter(item -> item.contentType() == ContentType.COMMENT && item.contentId() == comment).findFirst()
                .orElseThrow();
        assertEquals(1, flagged.flags(), "one resident, one flag");
        Staff.as(Staff.MODERATOR, () -> {
            moderation.hide(flagged.id(), "Obraźliwe sformułowania");
            return null;
        });
        var seenByAuthor = Staff.asResident(author, () -> comments.of(idea)).get(0).comment().comment();
        assertEquals(ModerationState.HIDDEN, seenByAuthor.visibility());
        assertEquals("Obraźliwe sformułowania", seenByAuthor.moderationReason());
        assertFalse(Staff.as(Staff.MODERATOR, () -> moderation.queue()).stream()
                .anyMatch(item -> item.id().equals(flagged.id())), "decided cases leave the queue");
    }

    @Test
    void aProjectModeratorDecidesOnTheirProjectsContentOnlyAndLeavesThePlatformsWordsAlone() throws Exception {
        Staff.as(Staff.MODERATOR, () -> moderation.replaceWords(List.of("durn")));
        long theirs = ideationProject();
        long other = ideationProject();
        Staff.as(Staff.CLERK, () -> {
            Project project = projects.find(theirs).orElseThrow();
            return projects.assignModerators(theirs, project.version(), java.util.Set.of(Staff.PROJECT_MODERATOR));
        });
        Ticket author = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        long inTheirs = Staff
                .asResident(author, () -> ideas.submit(theirs, new IdeaDraft("Durny pomysł", "Opis", null, null, null)))
                .id();
        long inOther = Staff
                .asResident(author, () -> ideas.submit(other, new IdeaDraft("Durny pomysł", "Opis", null, null, null)))
                .id();

        List<ModerationCase> queue = Staff.as(Staff.PROJECT_MODERATOR, () -> moderation.queue());
        assertTrue(queue.stream().noneMatch(item -> item.projectId().equals(other)), "only the projects they moderate");
        assertTrue(queue.stream().anyMatch(item -> item.contentId().equals(inTheirs)));
        ModerationCase elsewhere = Staff.as(Staff.MODERATOR, () -> moderation.queue()).stream()
                .filter(item -> item.contentId().equals(inOther)).findFirst().orElseThrow();
        assertThrows(EJBAccessException.class, () -> Staff.as(Staff.PROJECT_MODERATOR, () -> {
            moderation.restore(elsewhere.id());
            return null;
        }), "a project moderator of another project");
        assertThrows(EJBAccessException.class,
                () -> Staff.as(Staff.PROJECT_MODERATOR, () -> moderation.replaceWords(List.of())));
        assertEquals(List.of("durn"), moderation.words());
        ModerationCase mine = queue.stream().filter(item -> item.contentId().equals(inTheirs)).findFirst()
                .orElseThrow();
        Staff.as(Staff.PROJECT_MODERATOR, () -> {
            moderation.restore(mine.id());
            return null;
        });
        assertEquals(1, ideas.of(theirs, 0).size(), "published by their project moderator");
        Staff.as(Staff.MODERATOR, () -> {
            moderation.restore(elsewhere.id());
            return null;
        });
    }

    @Test
    void onlyModeratorsAndAdministratorsDecide() throws Exception {
        assertThrows(EJBAccessException.class, () -> moderation.queue());
        assertThrows(EJBAccessException.class, () -> Staff.as(Staff.CLERK, () -> moderation.queue()));
        Ticket resident = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        assertThrows(EJBAccessException.class, () -> Staff.asResident(resident, () -> moderation.queue()));
        assertTrue(Staff.as(Staff.ADMINISTRATOR, () -> moderation.queue()) != null);
    }

    private long ideationProject() throws Exception {
        return TestProjects.running(projects, "Moderacja", "ideation");
    }
}
