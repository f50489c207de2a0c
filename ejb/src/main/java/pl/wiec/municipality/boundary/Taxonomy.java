package pl.wiec.municipality.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import pl.wiec.audit.entity.StaffAction;
import pl.wiec.municipality.entity.Area;
import pl.wiec.municipality.entity.Topic;
import pl.wiec.staff.entity.Roles;

/**
 * The municipality's areas and topics, which projects are tagged with and residents filter by. The administrator edits
 * each as a list of lines {@code Polish name | English name | code}; an existing name keeps its id (and its projects),
 * a removed one is deleted with its tags.
 */
@Stateless
public class Taxonomy {

    public static final String AREAS = "municipality.areas.changed";
    public static final String TOPICS = "municipality.topics.changed";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<StaffAction> staffActions;

    @PermitAll
    public List<Area> areas() {
        return em.createQuery("select a from Area a order by a.position, a.namePl", Area.class).getResultList();
    }

    @PermitAll
    public List<Topic> topics() {
        return em.createQuery("select t from Topic t order by t.position, t.namePl", Topic.class).getResultList();
    }

    /** Replaces the areas with the lines; returns them as saved. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<Area> replaceAreas(@NotNull List<String> lines) {
        Map<String, Area> existing = areas().stream().collect(Collectors.toMap(Area::namePl, Function.identity()));
        List<Area> kept = new ArrayList<>();
        int position = 0;
        for (String[] fields : parsed(lines)) {
            Area area = existing.remove(fields[0]);
            if (area == null) {
                area = new Area(fields[0], fields[1], fields[2], position);
                em.persist(area);
            } else {
                area.rename(fields[0], fields[1], fields[2], position);
            }
            kept.add(area);
            position++;
        }
        existing.values().forEach(em::remove);
        staffActions.fire(
                new StaffAction(AREAS, "areas", kept.stream().map(Area::namePl).collect(Collectors.joining(", "))));
        return kept;
    }

    /** Replaces the topics with the lines; returns them as saved. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<Topic> replaceTopics(@NotNull List<String> lines) {
        Map<String, Topic> existing = topics().stream().collect(Collectors.toMap(Topic::namePl, Function.identity()));
        List<Topic> kept = new ArrayList<>();
        int position = 0;
        for (String[] fields : parsed(lines)) {
            Topic topic = existing.remove(fields[0]);
            if (topic == null) {
                topic = new Topic(fields[0], fields[1], position);
                em.persist(topic);
            } else {
                topic.rename(fields[0], fields[1], position);
            }
            kept.add(topic);
            position++;
        }
        existing.values().forEach(em::remove);
        staffActions.fire(
                new StaffAction(TOPICS, "topics", kept.stream().map(Topic::namePl).collect(Collectors.joining(", "))));
        return kept;
    }

    /** Lines {@code Polish | English | code}, trimmed; empty lines and repeated Polish names skipped. */
    static List<String[]> parsed(List<String> lines) {
        List<String[]> result = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String line : lines) {
            String[] parts = line.split("\\|", -1);
            String pl = parts[0].trim();
            if (pl.isEmpty() || pl.length() > 100 || !seen.add(pl)) {
                continue;
            }
            String en = parts.length > 1 ? parts[1].trim() : "";
            String code = parts.length > 2 ? parts[2].trim() : "";
            result.add(new String[] { pl, en.length() > 100 ? en.substring(0, 100) : en,
                    code.length() > 20 ? code.substring(0, 20) : code });
        }
        return result;
    }
}
