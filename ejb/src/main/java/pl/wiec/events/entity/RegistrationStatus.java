package pl.wiec.events.entity;

/** A registration has a seat, or waits for one in the order of registering. */
public enum RegistrationStatus {
    CONFIRMED, WAITING
}
