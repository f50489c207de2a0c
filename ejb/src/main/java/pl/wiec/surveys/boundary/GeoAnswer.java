package pl.wiec.surveys.boundary;

import java.io.Serializable;

import pl.wiec.offline.entity.ResponseChannel;

/** A point a respondent marked on the map, and the channel the answer came through. */
public record GeoAnswer(double latitude, double longitude, ResponseChannel channel) implements Serializable {
}
