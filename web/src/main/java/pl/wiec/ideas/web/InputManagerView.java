package pl.wiec.ideas.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.primefaces.model.LazyDataModel;

import pl.wiec.ideas.boundary.InputManager;
import pl.wiec.ideas.entity.Idea;
import pl.wiec.ideas.entity.InputQuery;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.Project;
import pl.wiec.web.PagedRows;
import pl.wiec.web.Texts;

/**
 * {@code backoffice/input.xhtml?project=N}: all ideas of a project in one lazy table (the database pages, sorts and
 * filters), a status for many at once, and the CSV export of what the filter shows.
 */
@Named
@ViewScoped
public class InputManagerView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InputManager manager;

    @Inject
    Projects projects;

    private Long projectId;
    private String projectTitle;
    private final InputQuery query = new InputQuery();
    private final Map<Long, Boolean> selected = new HashMap<>();
    private String bulkStatus;
    private final PagedRows<Idea> rows = new PagedRows<>(() -> manager.count(query),
            (first, size) -> manager.page(query, first, size), Idea::id);

    public void load() {
        Project project = projectId == null ? null : projects.find(projectId).orElse(null);
        if (project == null) {
            Faces.responseSendError(404, "No such project");
            Faces.responseComplete();
            return;
        }
        projectTitle = project.title().pl();
        query.setProjectId(projectId);
        try {
            manager.count(query);
        } catch (jakarta.ejb.EJBAccessException notTheirs) {
            Faces.responseSendError(403, "Not a project of the caller");
            Faces.responseComplete();
        }
    }

    public void search() {
        selected.clear();
    }

    public void applyBulkStatus() {
        List<Long> ids = selected.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
        if (ids.isEmpty()) {
            Texts.error("input.bulk.noneSelected");
            return;
        }
        if (bulkStatus == null) {
            Texts.fieldError("bulkStatus", "input.bulk.noStatus");
            return;
        }
        int changed = manager.changeStatus(ids, bulkStatus);
        selected.clear();
        Texts.info("input.bulk.done", changed);
    }

    public String getExportUrl() {
        return exportUrl("csv");
    }

    public String getXlsxUrl() {
        return exportUrl("xlsx");
    }

    private String exportUrl(String format) {
        StringBuilder url = new StringBuilder(
                Faces.getRequestContextPath() + "/backoffice/input." + format + "?project=" + projectId);
        if (query.getStatus() != null) {
            url.append("&status=")
                    .append(java.net.URLEncoder.encode(query.getStatus(), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (query.getSearch() != null) {
            url.append("&search=")
                    .append(java.net.URLEncoder.encode(query.getSearch(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    public LazyDataModel<Idea> getRows() {
        return rows;
    }

    public InputQuery getQuery() {
        return query;
    }

    public List<InputQuery.Order> getOrders() {
        return List.of(InputQuery.Order.values());
    }

    public Map<Long, Boolean> getSelected() {
        return selected;
    }

    public String getBulkStatus() {
        return bulkStatus;
    }

    public void setBulkStatus(String bulkStatus) {
        this.bulkStatus = bulkStatus;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public String getProjectTitle() {
        return projectTitle;
    }
}
