package pl.wiec.web;

import org.omnifaces.util.Faces;

/**
 * Tells {@code form-drafts.js} that a form's text was stored, so that the browser forgets its copy: on this response
 * and, after a redirect, on the next (the page template writes it as the body's {@code data-drafts-done}).
 */
public final class Drafts {

    public static final String DONE = "wiec.draftsDone";

    private Drafts() {
    }

    public static void stored(String formId) {
        Faces.setRequestAttribute(DONE, formId);
        Faces.getFlash().put(DONE, formId);
    }
}
