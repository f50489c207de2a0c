package pl.wiec.events.web;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import pl.wiec.platform.control.PublicAddress;

import pl.wiec.events.boundary.EventView;
import pl.wiec.events.boundary.Events;
import pl.wiec.events.control.ICalendar;
import pl.wiec.events.entity.CivicEvent;
import pl.wiec.municipality.boundary.MunicipalityProfile;

/**
 * iCalendar for calendar programs: {@code /events/calendar.ics}, the feed of every published event not yet ended (to
 * subscribe to), and {@code /events/event.ics?id=N}, one event (to add). Anyone may read them, as the calendar page.
 */
@WebServlet({ "/events/calendar.ics", "/events/event.ics" })
public class EventCalendarFeed extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Events events;

    @Inject
    MunicipalityProfile profile;

    @Inject
    PublicAddress publicAddress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<CivicEvent> chosen;
        String file;
        if (request.getServletPath().endsWith("calendar.ics")) {
            chosen = events.upcoming();
            file = "wydarzenia.ics";
        } else {
            Optional<EventView> one;
            try {
                one = events.find(Long.parseLong(request.getParameter("id")));
            } catch (NumberFormatException e) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            if (one.isEmpty() || !one.get().event().published()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            chosen = List.of(one.get().event());
            file = "wydarzenie-" + one.get().event().id() + ".ics";
        }
        String base = publicAddress.base();
        String host = Optional.ofNullable(URI.create(base).getHost()).orElse("wiec");
        String calendar = ICalendar.of(chosen, "Wydarzenia – " + profile.shown().name(), host,
                base + "/event.xhtml?id=", Instant.now(Clock.systemUTC()));
        response.setContentType("text/calendar");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"" + file + "\"");
        response.getWriter().write(calendar);
    }
}
