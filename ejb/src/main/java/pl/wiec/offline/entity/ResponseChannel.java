package pl.wiec.offline.entity;

/**
 * How input reached the office (a response to a poll or a survey, an idea): so that offline input counts with online
 * input, and results split by channel.
 */
public enum ResponseChannel {
    ONLINE, PAPER, CONSULTATION_POINT, EVENT, POST
}
