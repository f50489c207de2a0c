package pl.wiec.offline.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import pl.wiec.platform.control.PublicAddress;
import org.omnifaces.util.Faces;

import pl.wiec.offline.boundary.AmbassadorView;
import pl.wiec.offline.boundary.Ambassadors;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.Project;
import pl.wiec.web.Texts;

/**
 * {@code backoffice/ambassadors.xhtml?project=N}: the project's ambassadors by public name, a button that makes a
 * one-time invitation link (shown once, to be passed on by e-mail or on paper), and withdrawing the role.
 */
@Named
@ViewScoped
public class AmbassadorDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Ambassadors ambassadors;

    @Inject
    Projects projects;

    @Inject
    PublicAddress publicAddress;

    private Long project;
    private transient Project found;
    private List<AmbassadorView> list = List.of();
    private String invitationLink;

    public void load() {
        if (getProject() == null) {
            Faces.responseSendError(404, "No such project");
            Faces.responseComplete();
            return;
        }
        list = ambassadors.of(project);
    }

    public void invite() {
        invitationLink = publicAddress.of("/account/ambassador.xhtml?invite=") + ambassadors.invite(project);
        Texts.info("ambassadors.invited");
    }

    public void withdraw(AmbassadorView ambassador) {
        ambassadors.withdraw(project, ambassador.residentId());
        list = ambassadors.of(project);
        Texts.info("ambassadors.withdrawn", ambassador.name());
    }

    public Project getProject() {
        if (found == null && project != null) {
            found = projects.find(project).orElse(null);
        }
        return found;
    }

    public Long getProjectId() {
        return project;
    }

    public void setProjectId(Long project) {
        this.project = project;
    }

    public List<AmbassadorView> getList() {
        return list;
    }

    public String getInvitationLink() {
        return invitationLink;
    }
}
