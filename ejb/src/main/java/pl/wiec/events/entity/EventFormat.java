package pl.wiec.events.entity;

/** Where it happens: at a place, online (a link), or both. */
public enum EventFormat {
    IN_PERSON, ONLINE, HYBRID;

    public boolean hasPlace() {
        return this != ONLINE;
    }

    public boolean isOnline() {
        return this != IN_PERSON;
    }
}
