package pl.wiec.municipality.entity;

import java.util.Objects;

/** One field of the profile that an edit changed, as the audit log shows it. */
public record FieldChange(String field, String before, String after) {

    static void collect(java.util.List<FieldChange> changes, String field, Object before, Object after) {
        String was = before == null ? "" : before.toString();
        String is = after == null ? "" : after.toString();
        if (!Objects.equals(was, is)) {
            changes.add(new FieldChange(field, was, is));
        }
    }

    @Override
    public String toString() {
        return field + ": \"" + before + "\" → \"" + after + "\"";
    }
}
