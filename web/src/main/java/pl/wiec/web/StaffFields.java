package pl.wiec.web;

import jakarta.faces.component.UIInput;

import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;

import pl.wiec.staff.boundary.NotStaff;

/** A staff field (logins of colleagues) the boundary refused: which logins, and why, beside the field. */
public final class StaffFields {

    private StaffFields() {
    }

    public static void refused(String field, NotStaff refused) {
        StringBuilder text = new StringBuilder();
        if (!refused.unknown().isEmpty()) {
            text.append(Texts.text("staffField.unknown", String.join(", ", refused.unknown())));
        }
        if (!refused.withoutRole().isEmpty()) {
            text.append(text.isEmpty() ? "" : " ")
                    .append(Texts.text("staffField.withoutRole", String.join(", ", refused.withoutRole())));
        }
        UIInput input = Components.findComponent(field);
        if (input == null) {
            Texts.errorText(text.toString());
            Faces.validationFailed();
        } else {
            Fields.invalid(Faces.getContext(), input, text.toString());
        }
    }
}
