package pl.wiec.surveys.entity;

/** How a response reached the office: so that offline answers count with online ones, and results split by channel. */
public enum ResponseChannel {
    ONLINE, PAPER, CONSULTATION_POINT, EVENT, POST
}
