package pl.wiec.surveys.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A point of a line or an area drawn on the map (WGS 84), and the plain text a shape is kept and typed as. */
public record Coordinate(double latitude, double longitude) implements Serializable {

    /** Whether it lies on the map of Poland (with a margin). */
    public boolean inPoland() {
        return latitude >= 49.0 && latitude <= 55.0 && longitude >= 14.0 && longitude <= 24.2;
    }

    /** A shape as text: "lat lng" per point, points separated by commas ("53.843600 22.979900,53.8…"). */
    public static String text(List<Coordinate> shape) {
        return shape.stream().map(c -> String.format(Locale.ROOT, "%.6f %.6f", c.latitude(), c.longitude()))
                .collect(Collectors.joining(","));
    }

    /**
     * A shape from text: points separated by commas or semicolons, each its latitude and longitude separated by a space
     * (decimal points); null when it is not one.
     */
    public static List<Coordinate> parse(String text) {
        List<Coordinate> shape = new ArrayList<>();
        for (String point : text.strip().split("\\s*[,;]\\s*")) {
            String[] parts = point.strip().split("\\s+");
            if (parts.length != 2) {
                return null;
            }
            try {
                shape.add(new Coordinate(Double.parseDouble(parts[0]), Double.parseDouble(parts[1])));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return shape;
    }

    /** The shape as WKT (longitude first), for GIS tools: LINESTRING (…) or POLYGON ((…)), closed. */
    public static String wkt(List<Coordinate> shape, boolean area) {
        List<Coordinate> points = new ArrayList<>(shape);
        if (area && !points.isEmpty() && !points.get(0).equals(points.get(points.size() - 1))) {
            points.add(points.get(0));
        }
        String list = points.stream().map(c -> String.format(Locale.ROOT, "%.6f %.6f", c.longitude(), c.latitude()))
                .collect(Collectors.joining(", "));
        return area ? "POLYGON ((" + list + "))" : "LINESTRING (" + list + ")";
    }
}
