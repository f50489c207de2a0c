package pl.wiec.audit.web;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;

import pl.wiec.audit.boundary.AuditLog;
import pl.wiec.audit.entity.AuditEntry;
import pl.wiec.audit.entity.AuditQuery;
import pl.wiec.ideas.boundary.InputManager;
import pl.wiec.moderation.boundary.Moderation;
import pl.wiec.municipality.boundary.MunicipalityProfile;
import pl.wiec.municipality.boundary.Taxonomy;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.web.PagedRows;
import pl.wiec.web.Texts;

/** The administrator's audit log page: a filter form above a lazily paged table, newest first. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Europe/Warsaw"));
    private static final List<String> ACTIONS = List.of(MunicipalityProfile.REVISED, MunicipalityProfile.LOGO_REPLACED,
            MunicipalityProfile.LOGO_REMOVED, Projects.CREATED, Projects.DESCRIBED, Projects.SHOWN, Projects.PLANNED,
            InputManager.STATUS, InputManager.ASSIGNED, InputManager.ANSWERED, InputManager.NOTED, Moderation.HIDDEN,
            Moderation.RESTORED, Moderation.WORDS, Projects.TAGGED, Taxonomy.AREAS, Taxonomy.TOPICS);

    @Inject
    AuditLog auditLog;

    private final AuditQuery query = new AuditQuery();
    private final PagedRows<AuditEntry> entries = new PagedRows<>(() -> auditLog.count(query),
            (first, size) -> auditLog.find(query, first, size), AuditEntry::id);

    public AuditQuery getQuery() {
        return query;
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public List<String> getActions() {
        return ACTIONS;
    }

    /** The action's name; its key where no name is written yet (an entry is never hidden for want of a label). */
    public String actionLabel(String action) {
        try {
            return Texts.text("audit.action." + action);
        } catch (java.util.MissingResourceException unnamed) {
            return action;
        }
    }

    public String when(AuditEntry entry) {
        return WHEN.format(entry.occurredAt());
    }
}
