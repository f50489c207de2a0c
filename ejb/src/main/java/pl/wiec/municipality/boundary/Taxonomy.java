package pl.wiec.municipality.boundary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;

import pl.wiec.audit.entity.StaffAction;
import pl.wiec.municipality.control.NodeCopies;
import pl.wiec.municipality.entity.NamedLine;
import pl.wiec.municipality.entity.Area;
import pl.wiec.municipality.entity.Folder;
import pl.wiec.municipality.entity.NamedEntry;
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
    public static final String FOLDERS = "municipality.folders.changed";
    public static final String OUTLINE = "municipality.area.outline";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<StaffAction> staffActions;

    @Inject
    NodeCopies copies;

    @PermitAll
    public List<Area> areas() {
        return em.createQuery("select a from Area a order by a.position, a.namePl", Area.class).getResultList();
    }

    /**
     * The areas' Polish names by id, in the areas' order; without their outlines (large, and not needed for names). A
     * node-wide copy (see {@link NodeCopies}): ballots ask for it with every vote.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, String> areaNames() {
        return copies.get(NodeCopies.Name.AREA_NAMES, () -> {
            Map<Long, String> names = new LinkedHashMap<>();
            em.createQuery("select a.id, a.namePl from Area a order by a.position, a.namePl", Object[].class)
                    .getResultList().forEach(row -> names.put((Long) row[0], (String) row[1]));
            return Collections.unmodifiableMap(names);
        });
    }

    @PermitAll
    public List<Topic> topics() {
        return em.createQuery("select t from Topic t order by t.position, t.namePl", Topic.class).getResultList();
    }

    /** The areas among the ids (a project's), or all the municipality's when none are named. */
    @PermitAll
    public List<Area> areas(java.util.Set<Long> among) {
        return areas().stream().filter(area -> among.isEmpty() || among.contains(area.id())).toList();
    }

    /** The topics among the ids (a project's), or all the municipality's when none are named. */
    @PermitAll
    public List<Topic> topics(java.util.Set<Long> among) {
        return topics().stream().filter(topic -> among.isEmpty() || among.contains(topic.id())).toList();
    }

    /**
     * Draws an area on the map (a GeoJSON Polygon or MultiPolygon, e.g. exported from the municipality's GIS), or
     * removes its outline (blank).
     *
     * @throws IllegalArgumentException
     *             (wrapped) an unknown area or a malformed outline; the message says why
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Area outline(long areaId, @jakarta.validation.constraints.Size(max = 200_000) String geoJson) {
        Area area = em.find(Area.class, areaId);
        if (area == null) {
            throw new IllegalArgumentException("No area " + areaId);
        }
        area.outline(geoJson);
        staffActions.fire(new StaffAction(OUTLINE, "area " + areaId,
                area.outline() == null ? "outline removed" : "outline " + area.outline().length() + " characters"));
        return area;
    }

    /** The folders projects are grouped in, in the administrator's order. */
    @PermitAll
    public List<Folder> folders() {
        return em.createQuery("select f from Folder f order by f.position, f.namePl", Folder.class).getResultList();
    }

    /** Replaces the areas with the lines; returns them as saved. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<Area> replaceAreas(@NotNull List<@NamedLine String> lines) {
        return replace(lines, areas(), fields -> new Area(fields[0], fields[1], fields[2], 0), AREAS, "areas");
    }

    /** Replaces the topics with the lines; returns them as saved. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<Topic> replaceTopics(@NotNull List<@NamedLine String> lines) {
        return replace(lines, topics(), fields -> new Topic(fields[0], fields[1], 0), TOPICS, "topics");
    }

    /** Replaces the folders of projects with the lines; a removed folder leaves its projects outside any folder. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<Folder> replaceFolders(@NotNull List<@NamedLine String> lines) {
        return replace(lines, folders(), fields -> new Folder(fields[0], fields[1], 0), FOLDERS, "folders");
    }

    /**
     * One list replaced by lines: an entry keeps its id (and what refers to it) while its Polish name stays, takes its
     * new English name, code and place; lines with a new Polish name are new entries; entries no line names go, unless
     * something still needs them.
     *
     * @throws EntryInUse
     *             when an entry no line names is still used where it cannot go (an area of a budget pool)
     */
    private <T extends NamedEntry> List<T> replace(List<String> lines, List<T> current, Function<String[], T> created,
            String action, String subject) {
        Map<String, T> existing = current.stream().collect(Collectors.toMap(NamedEntry::namePl, Function.identity()));
        List<T> kept = new ArrayList<>();
        int position = 0;
        for (String[] fields : parsed(lines)) {
            T entry = existing.remove(fields[0]);
            if (entry == null) {
                entry = created.apply(fields);
                em.persist(entry);
            }
            entry.rename(fields, position);
            kept.add(entry);
            position++;
        }
        existing.values().forEach(em::remove);
        try {
            em.flush();
        } catch (PersistenceException inUse) {
            // the database keeps what refers to an entry (a budget pool's area): the list stays as it was
            throw new EntryInUse();
        }
        staffActions.fire(new StaffAction(action, subject,
                kept.stream().map(NamedEntry::namePl).collect(Collectors.joining(", "))));
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
