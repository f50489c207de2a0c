package pl.wiec.ideas.entity;

import java.io.Serializable;

/** Which ideas of a project the input manager shows: an optional status, an optional search text, and the order. */
public class InputQuery implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The orders staff can choose. */
    public enum Order {
        NEWEST, OLDEST, TITLE
    }

    private long projectId;
    private String status;
    private String search;
    private Order order = Order.NEWEST;

    public InputQuery() {
    }

    public InputQuery(long projectId) {
        this.projectId = projectId;
    }

    public long getProjectId() {
        return projectId;
    }

    public void setProjectId(long projectId) {
        this.projectId = projectId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || status.isBlank() ? null : status;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search == null || search.isBlank() ? null : search.trim();
    }

    public Order getOrder() {
        return order;
    }

    public void setOrder(Order order) {
        this.order = order == null ? Order.NEWEST : order;
    }
}
