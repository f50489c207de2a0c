package pl.wiec.events.entity;

/** What kind of gathering: how residents recognise it in the calendar. */
public enum EventKind {
    MEETING, CONSULTATION_POINT, WALK, WORKSHOP, FESTIVAL
}
