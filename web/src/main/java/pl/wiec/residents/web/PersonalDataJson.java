package pl.wiec.residents.web;

import java.io.StringWriter;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import pl.wiec.residents.entity.PersonalData;

/**
 * A resident's data as one JSON document, the machine-readable copy of RODO art. 20: one member per section, each an
 * array of objects; numbers and yes/no as JSON's own, moments and dates in ISO 8601 (UTC), a file as its name, type,
 * size and path in the archive.
 */
final class PersonalDataJson {

    private PersonalDataJson() {
    }

    static String of(PersonalData data, Instant exportedAt) {
        JsonObjectBuilder document = Json.createObjectBuilder().add("exportedAt", exportedAt.toString());
        for (PersonalData.Section section : data.sections()) {
            JsonArrayBuilder records = Json.createArrayBuilder();
            for (PersonalData.Record record : section.records()) {
                JsonObjectBuilder object = Json.createObjectBuilder();
                record.values().forEach((key, value) -> add(object, key, value));
                records.add(object);
            }
            document.add(section.key(), records);
        }
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.writeObject(document.build());
        }
        return out.toString();
    }

    private static void add(JsonObjectBuilder object, String key, Serializable value) {
        if (value instanceof Integer number) {
            object.add(key, number);
        } else if (value instanceof Long number) {
            object.add(key, number);
        } else if (value instanceof BigDecimal number) {
            object.add(key, number);
        } else if (value instanceof Double number) {
            object.add(key, number);
        } else if (value instanceof Boolean yes) {
            object.add(key, yes);
        } else if (value instanceof List<?> texts) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            texts.forEach(text -> array.add(String.valueOf(text)));
            object.add(key, array);
        } else if (value instanceof PersonalData.File file) {
            JsonObjectBuilder described = Json.createObjectBuilder().add("name", file.name()).add("contentType",
                    file.contentType());
            if (file.size() != null) {
                described.add("size", file.size()).add("path", file.path());
            }
            object.add(key, described);
        } else {
            object.add(key, value.toString());
        }
    }
}
