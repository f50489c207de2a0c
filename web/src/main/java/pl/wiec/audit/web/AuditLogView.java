package pl.wiec.audit.web;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import pl.wiec.audit.boundary.AuditLog;
import pl.wiec.audit.entity.AuditEntry;
import pl.wiec.audit.entity.AuditQuery;
import pl.wiec.ideas.boundary.InputManager;
import pl.wiec.municipality.boundary.MunicipalityProfile;
import pl.wiec.projects.boundary.Projects;
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
            InputManager.STATUS, InputManager.ASSIGNED, InputManager.ANSWERED, InputManager.NOTED);

    @Inject
    AuditLog auditLog;

    private final AuditQuery query = new AuditQuery();
    private final Entries entries = new Entries();

    public AuditQuery getQuery() {
        return query;
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public List<String> getActions() {
        return ACTIONS;
    }

    public String actionLabel(String action) {
        return Texts.text("audit.action." + action);
    }

    public String when(AuditEntry entry) {
        return WHEN.format(entry.occurredAt());
    }

    private class Entries extends LazyDataModel<AuditEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(auditLog.count(query));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return auditLog.find(query, first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.id());
        }

        @Override
        public AuditEntry getRowData(String rowKey) {
            return getWrappedData().stream().filter(entry -> getRowKey(entry).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
