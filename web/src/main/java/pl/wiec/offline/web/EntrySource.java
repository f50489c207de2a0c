package pl.wiec.offline.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import pl.wiec.events.entity.CivicEvent;
import pl.wiec.offline.entity.ResponseChannel;

/**
 * Where the forms being keyed in come from, as an entry screen keeps it from form to form: the channel (never online),
 * the event or consultation point of the project they were collected at, and the place (when left empty, the event's).
 */
public class EntrySource implements Serializable {

    private static final long serialVersionUID = 1L;

    private ResponseChannel channel = ResponseChannel.PAPER;
    private String place;
    private Long eventId;

    /** The place the forms were collected at: as typed, else the place of the event chosen among these. */
    public String where(List<CivicEvent> events) {
        return (place == null || place.isBlank()) && eventId != null ? events.stream()
                .filter(event -> event.id().equals(eventId)).findFirst().map(CivicEvent::place).orElse(null) : place;
    }

    public List<ResponseChannel> getChannels() {
        return Arrays.stream(ResponseChannel.values()).filter(c -> c != ResponseChannel.ONLINE).toList();
    }

    public ResponseChannel getChannel() {
        return channel;
    }

    public void setChannel(ResponseChannel channel) {
        this.channel = channel;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }
}
