package pl.wiec.surveys.entity;

import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * What a resident has answered of a form and not sent yet, and the page they were on: kept between visits, so that a
 * long survey can be finished another day; gone once sent. The answers are a small JSON document (per question id, its
 * options or value), read and written only here.
 */
@Entity
@Table(name = "survey_draft")
@IdClass(Draft.Key.class)
public class Draft {

    /** One draft per resident and form. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long formId;
        private long residentId;

        public Key() {
        }

        Key(long formId, long residentId) {
            this.formId = formId;
            this.residentId = residentId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && formId == key.formId && residentId == key.residentId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(formId, residentId);
        }
    }

    @Id
    @Column(name = "form_id")
    private long formId;

    @Id
    @Column(name = "resident_id")
    private long residentId;

    @Column(nullable = false, length = 200000)
    private String answers;

    @Column(nullable = false)
    private int page;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected Draft() {
    }

    public static Key key(long formId, long residentId) {
        return new Key(formId, residentId);
    }

    public Draft(long formId, long residentId) {
        this.formId = formId;
        this.residentId = residentId;
        this.answers = "{}";
    }

    /** Takes these answers (a question answered anew replaces its earlier answer) and the page the resident is on. */
    public void keep(Map<Long, Answer> answered, int page, Instant at) {
        Map<Long, Answer> all = answers();
        all.putAll(answered);
        all.values().removeIf(Answer::isEmpty);
        this.answers = write(all);
        this.page = page;
        this.savedAt = at;
    }

    public Map<Long, Answer> answers() {
        return read(answers);
    }

    public int page() {
        return page;
    }

    public Instant savedAt() {
        return savedAt;
    }

    static String write(Map<Long, Answer> answers) {
        JsonObjectBuilder all = Json.createObjectBuilder();
        answers.forEach((question, answer) -> {
            JsonObjectBuilder one = Json.createObjectBuilder();
            if (!answer.options().isEmpty()) {
                JsonArrayBuilder options = Json.createArrayBuilder();
                answer.options().forEach(options::add);
                one.add("options", options);
            }
            if (answer.text() != null) {
                one.add("text", answer.text());
            }
            if (answer.number() != null) {
                one.add("number", answer.number());
            }
            if (answer.date() != null) {
                one.add("date", answer.date().toString());
            }
            if (answer.latitude() != null) {
                one.add("lat", answer.latitude()).add("lng", answer.longitude());
            }
            if (!answer.shape().isEmpty()) {
                one.add("shape", Coordinate.text(answer.shape()));
            }
            if (answer.attachment() != null) {
                one.add("attachment", answer.attachment());
            }
            all.add(String.valueOf(question), one);
        });
        return all.build().toString();
    }

    static Map<Long, Answer> read(String json) {
        Map<Long, Answer> answers = new LinkedHashMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            reader.readObject().forEach((question, value) -> {
                JsonObject one = value.asJsonObject();
                Set<Long> options = new LinkedHashSet<>();
                if (one.containsKey("options")) {
                    one.getJsonArray("options").getValuesAs(JsonNumber.class)
                            .forEach(option -> options.add(option.longValue()));
                }
                BigDecimal number = one.containsKey("number") ? one.getJsonNumber("number").bigDecimalValue() : null;
                LocalDate date = one.containsKey("date") ? LocalDate.parse(one.getString("date")) : null;
                Double lat = one.get("lat") instanceof JsonNumber n ? n.doubleValue() : null;
                Double lng = one.get("lng") instanceof JsonNumber n ? n.doubleValue() : null;
                String text = one.get("text") instanceof JsonString string ? string.getString() : null;
                List<Coordinate> shape = one.get("shape") instanceof JsonString points
                        ? Coordinate.parse(points.getString()) : List.of();
                Long attachment = one.get("attachment") instanceof JsonNumber n ? n.longValue() : null;
                answers.put(Long.valueOf(question),
                        new Answer(options, text, number, date, lat, lng, shape, attachment));
            });
        }
        return answers;
    }
}
