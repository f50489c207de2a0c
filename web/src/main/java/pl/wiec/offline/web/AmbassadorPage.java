package pl.wiec.offline.web;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import pl.wiec.offline.boundary.Ambassadors;
import pl.wiec.projects.entity.Phase;
import pl.wiec.projects.entity.Project;
import pl.wiec.ideas.control.IdeationMethod;
import pl.wiec.ideas.control.ProposalsMethod;
import pl.wiec.surveys.control.PollMethod;
import pl.wiec.surveys.control.SurveyMethod;
import pl.wiec.web.Texts;

/**
 * {@code account/ambassador.xhtml}: a resident's work as an ambassador. Opened from an invitation link
 * ({@code ?invite=...}) it names the project and asks to accept (a button: the change is a POST); it always lists the
 * projects they key in for, with the entry screen of each of their polls.
 */
@Named
@ViewScoped
public class AmbassadorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Ambassadors ambassadors;

    private String invite;
    private transient Optional<Project> invitedTo;
    private transient List<Project> mine;

    public void accept() {
        String title = getInvitedTo().map(p -> p.title().pl()).orElse("");
        if (ambassadors.accept(invite).isPresent()) {
            Texts.info("ambassador.accepted", title);
        } else {
            Texts.error("ambassador.invalid");
        }
        invite = null;
        invitedTo = null;
        mine = null;
    }

    /** The project of the invitation opened, if it is still open. */
    public Optional<Project> getInvitedTo() {
        if (invitedTo == null) {
            invitedTo = invite == null || invite.isBlank() ? Optional.empty() : ambassadors.invitedTo(invite);
        }
        return invitedTo;
    }

    public List<Project> getMine() {
        if (mine == null) {
            mine = ambassadors.mine();
        }
        return mine;
    }

    /** The project's phases whose answers (or ideas) can be keyed in. */
    public List<Phase> keyable(Project project) {
        return project.phases().stream().filter(phase -> PollMethod.KEY.equals(phase.method())
                || SurveyMethod.KEY.equals(phase.method()) || collectsIdeas(phase)).toList();
    }

    /** Whether the phase collects ideas (keyed on the idea entry screen, not the poll's). */
    public boolean collectsIdeas(Phase phase) {
        return IdeationMethod.KEY.equals(phase.method()) || ProposalsMethod.KEY.equals(phase.method());
    }

    public String getInvite() {
        return invite;
    }

    public void setInvite(String invite) {
        this.invite = invite;
    }
}
