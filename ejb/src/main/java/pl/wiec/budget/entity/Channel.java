package pl.wiec.budget.entity;

/** How a ballot reached the office. */
public enum Channel {
    ONLINE, PAPER, POST
}
