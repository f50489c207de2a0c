package pl.wiec.audit.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** What an administrator filters the audit log by; every criterion is optional. */
public class AuditQuery implements Serializable {

    private static final long serialVersionUID = 1L;

    private String actor;
    private String action;
    private LocalDate from;
    private LocalDate to;

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
