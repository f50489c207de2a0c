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

    public List<CivicEvent> getUpcoming() {
        if (upcoming == null) {
            upcoming = events.upcoming();
        }
        return upcoming;
    }
}
