package pl.wiec.events.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import pl.wiec.events.boundary.Events;
import pl.wiec.events.entity.CivicEvent;

/** {@code backoffice/events.xhtml}: every event, the latest first, and the way to a new one. */
@Named
@RequestScoped
public class EventDesk {

    @Inject
    Events events;

    private List<CivicEvent> all;

    public List<CivicEvent> getAll() {
        if (all == null) {
            all = events.all();
        }
        return all;
    }
}
