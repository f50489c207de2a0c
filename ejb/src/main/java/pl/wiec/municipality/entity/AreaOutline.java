package pl.wiec.municipality.entity;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * Checks an area's outline: a GeoJSON geometry of type Polygon or MultiPolygon (a Feature is unwrapped), every position
 * {@code [longitude, latitude]} within range, each ring closed and of at least four positions, at most
 * {@link #MAX_POSITIONS} positions in all. The message of a refusal says what is wrong, for the administrator.
 */
public final class AreaOutline {

    public static final int MAX_POSITIONS = 20_000;

    private AreaOutline() {
    }

    /** The geometry, compacted, or null for an empty text. */
    public static String checked(String geoJson) {
        if (geoJson == null || geoJson.isBlank()) {
            return null;
        }
        JsonObject geometry;
        try (JsonReader reader = Json.createReader(new StringReader(geoJson))) {
            geometry = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("not JSON");
        }
        if ("Feature".equals(geometry.getString("type", "")) && geometry.get("geometry") instanceof JsonObject inner) {
            geometry = inner;
        }
        String type = geometry.getString("type", "");
        if (!(geometry.get("coordinates") instanceof JsonArray coordinates)) {
            throw new IllegalArgumentException("no coordinates");
        }
        int positions = switch (type) {
        case "Polygon" -> polygon(coordinates);
        case "MultiPolygon" -> coordinates.stream().mapToInt(polygon -> polygon(array(polygon))).sum();
        default -> throw new IllegalArgumentException("type " + type + " instead of Polygon or MultiPolygon");
        };
        if (positions > MAX_POSITIONS) {
            throw new IllegalArgumentException(positions + " positions, more than " + MAX_POSITIONS);
        }
        return Json.createObjectBuilder().add("type", type).add("coordinates", coordinates).build().toString();
    }

    private static int polygon(JsonArray rings) {
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon without rings");
        }
        int positions = 0;
        for (JsonValue ring : rings) {
            JsonArray points = array(ring);
            if (points.size() < 4 || !points.get(0).equals(points.get(points.size() - 1))) {
                throw new IllegalArgumentException("a ring must have 4 positions or more and end where it starts");
            }
            for (JsonValue point : points) {
                JsonArray position = array(point);
                if (position.size() < 2) {
                    throw new IllegalArgumentException("a position without longitude and latitude");
                }
                double longitude = position.getJsonNumber(0).doubleValue();
                double latitude = position.getJsonNumber(1).doubleValue();
                if (Math.abs(longitude) > 180 || Math.abs(latitude) > 90) {
                    throw new IllegalArgumentException("a position out of range: " + position);
                }
                positions++;
            }
        }
        return positions;
    }

    private static JsonArray array(JsonValue value) {
        if (!(value instanceof JsonArray array)) {
            throw new IllegalArgumentException("coordinates nested wrongly");
        }
        return array;
    }
}
