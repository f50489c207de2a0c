package pl.wiec.residents.boundary;

import java.time.Instant;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;

import pl.wiec.residents.entity.Consent;
import pl.wiec.residents.entity.Resident;

/**
 * A resident's data as one JSON document. The national identity appears as what Wiec knows of it (level, date), never
 * as the keyed hash, which is no data of the person's but Wiec's way to recognise them.
 */
final class ResidentExport {

    private ResidentExport() {
    }

    static String of(Resident resident, Instant now) {
        JsonObjectBuilder account = Json.createObjectBuilder().add("id", resident.id())
                .add("createdAt", resident.createdAt().toString()).add("firstName", resident.firstName())
                .add("familyName", resident.familyName()).add("verification", resident.verification().name())
                .add("privacyNoticeShownAt", resident.privacyNoticeAt().toString());
        optional(account, "email", resident.email());
        optional(account, "emailConfirmedAt", resident.emailConfirmedAt());
        JsonObjectBuilder national = Json.createObjectBuilder();
        optional(national, "levelOfAssurance", resident.nationalLevel());
        optional(national, "lastVerifiedAt", resident.nationalAt());
        optional(national, "dateOfBirth", resident.dateOfBirth());
        JsonObjectBuilder demographics = Json.createObjectBuilder();
        optional(demographics, "birthYear", resident.birthYear());
        optional(demographics, "residenceArea", resident.residenceArea());
        optional(demographics, "gender", resident.gender());
        JsonArrayBuilder consents = Json.createArrayBuilder();
        for (Consent consent : resident.consents()) {
            JsonObjectBuilder one = Json.createObjectBuilder().add("kind", consent.kind().name()).add("givenAt",
                    consent.givenAt().toString());
            optional(one, "withdrawnAt", consent.withdrawnAt());
            consents.add(one);
        }
        var document = Json.createObjectBuilder().add("exportedAt", now.toString()).add("account", account)
                .add("nationalIdentity", national).add("demographics", demographics).add("consents", consents).build();
        var out = new java.io.StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(document);
        }
        return out.toString();
    }

    private static void optional(JsonObjectBuilder object, String name, Object value) {
        if (value instanceof Integer number) {
            object.add(name, number);
        } else if (value != null) {
            object.add(name, value.toString());
        }
    }
}
