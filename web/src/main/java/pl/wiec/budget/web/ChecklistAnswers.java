package pl.wiec.budget.web;

import java.io.Serializable;
import pl.wiec.budget.entity.Checklist;

/** Staff's answers to the checklist for one project, as the form edits them ("" unanswered, "true", "false"). */
public class ChecklistAnswers implements Serializable {
    private static final long serialVersionUID = 1L;
    String formal = "";
    String legal = "";
    String technical = "";
    String cost = "";
    String notes;

    static ChecklistAnswers of(Checklist checklist) {
        ChecklistAnswers answers = new ChecklistAnswers();
        answers.formal = text(checklist.formal());
        answers.legal = text(checklist.legal());
        answers.technical = text(checklist.technical());
        answers.cost = text(checklist.cost());
        answers.notes = checklist.notes();
        return answers;
    }

    Checklist checklist() {
        return new Checklist(value(formal), value(legal), value(technical), value(cost), notes);
    }

    private static String text(Boolean answer) {
        return answer == null ? "" : answer.toString();
    }

    private static Boolean value(String text) {
        return text == null || text.isEmpty() ? null : Boolean.valueOf(text);
    }

    public String getFormal() {
        return formal;
    }

    public void setFormal(String formal) {
        this.formal = formal;
    }

    public String getLegal() {
        return legal;
    }

    public void setLegal(String legal) {
        this.legal = legal;
    }

    public String getTechnical() {
        return technical;
    }

    public void setTechnical(String technical) {
        this.technical = technical;
    }

    public String getCost() {
        return cost;
    }

    public void setCost(String cost) {
        this.cost = cost;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
