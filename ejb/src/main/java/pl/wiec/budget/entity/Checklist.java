package pl.wiec.budget.entity;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Verification of a project against the four questions the rules ask: is it formally complete, lawful (the gmina's own
 * task, on its land), technically feasible, and is the cost estimate sound. Each is unanswered (null), yes or no;
 * staff's notes explain. A project is admitted to the vote only when all four are yes.
 */
@Embeddable
public class Checklist implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "check_formal")
    private Boolean formal;

    @Column(name = "check_legal")
    private Boolean legal;

    @Column(name = "check_technical")
    private Boolean technical;

    @Column(name = "check_cost")
    private Boolean cost;

    @Column(name = "check_notes", length = 4000)
    private String notes;

    protected Checklist() {
    }

    public Checklist(Boolean formal, Boolean legal, Boolean technical, Boolean cost, String notes) {
        this.formal = formal;
        this.legal = legal;
        this.technical = technical;
        this.cost = cost;
        this.notes = notes == null || notes.isBlank() ? null : notes.trim();
    }

    public static Checklist unchecked() {
        return new Checklist(null, null, null, null, null);
    }

    /** Whether all four questions are answered yes. */
    public boolean passed() {
        return Boolean.TRUE.equals(formal) && Boolean.TRUE.equals(legal) && Boolean.TRUE.equals(technical)
                && Boolean.TRUE.equals(cost);
    }

    public Boolean formal() {
        return formal;
    }

    public Boolean legal() {
        return legal;
    }

    public Boolean technical() {
        return technical;
    }

    public Boolean cost() {
        return cost;
    }

    public String notes() {
        return notes;
    }
}
