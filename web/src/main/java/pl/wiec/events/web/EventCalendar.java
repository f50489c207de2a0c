package pl.wiec.events.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import pl.wiec.events.boundary.Events;
import pl.wiec.events.entity.CivicEvent;

/** {@code events.xhtml}: the public calendar, the published events that have not ended, the soonest first. */
@Named
@RequestScoped
public class EventCalendar {

    @Inject
    Events events;

    private List<CivicEvent> upcoming;
    private List<CivicEvent> ofProject;

    /** The published events of a project (its page lists them). */
    public List<CivicEvent> ofProject(Long projectId) {
        if (projectId == null) {
            return List.of();
        }
        if (ofProject == null) {
            ofProject = events.ofProject(projectId);
        }
        return ofProject;
    }

    public List<CivicEvent> getUpcoming() {
        if (upcoming == null) {
            upcoming = events.upcoming();
        }
        return upcoming;
    }
}
