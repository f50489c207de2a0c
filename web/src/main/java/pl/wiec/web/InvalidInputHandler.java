package pl.wiec.web;

import java.util.Iterator;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.convert.Converter;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.util.Faces;

import pl.wiec.platform.boundary.InvalidInput;
import pl.wiec.platform.boundary.InvalidInput.Problem;

/**
 * Turns a boundary's refusal of its arguments ({@link InvalidInput}) during a form's submission into messages beside
 * the fields it names, and renders the same page again with everything typed still in its fields: a refusal never
 * reaches a person as the error page.
 *
 * <p>
 * A problem's field is the boundary's parameter (or property) name; the page's input with that id takes the message
 * (and is marked invalid for screen readers), with the input's label in front. A problem no input matches is shown at
 * the top of the form. Pages check the same limits before anything is sent (their fields carry them), so this is the
 * net under those checks, for a field a page forgot and for a request not made by the page.
 */
public class InvalidInputHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(InvalidInputHandler.class.getName());

    public InvalidInputHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events
                .hasNext();) {
            InvalidInput refused = refusal(events.next().getContext().getException());
            if (refused != null && context.getViewRoot() != null && !context.getResponseComplete()) {
                events.remove();
                LOG.info(() -> "Refused input: " + refused.getMessage());
                if (!context.isPostback()) {
                    // an address's parameters, not a form: the address is wrong
                    Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
                    continue;
                }
                refused.problems().forEach(problem -> show(context, problem));
                context.validationFailed();
                context.renderResponse();
            }
        }
        super.handle();
    }

    private static InvalidInput refusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInput refused) {
                return refused;
            }
        }
        return null;
    }

    private static void show(FacesContext context, Problem problem) {
        UIInput input = input(context, problem.field());
        String text = FieldProblems.text(problem);
        if (input == null) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            return;
        }
        Object label = input.getAttributes().get("label");
        String shown = label == null ? text : label + ": " + text;
        keepShown(context, input);
        input.setValid(false);
        context.addMessage(input.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, shown, shown));
    }

    /** An invalid input shows what was submitted: the value the model holds, as the page wrote it. */
    private static void keepShown(FacesContext context, UIInput input) {
        Object value = input.getValue();
        @SuppressWarnings("unchecked")
        Converter<Object> converter = input.getConverter();
        if (input.getSubmittedValue() != null || value == null) {
            return;
        }
        if (value instanceof String text) {
            input.setSubmittedValue(text);
        } else if (converter != null) {
            input.setSubmittedValue(converter.getAsString(context, input, value));
        }
    }

    private static UIInput input(FacesContext context, String id) {
        UIInput[] found = new UIInput[1];
        context.getViewRoot().visitTree(
                VisitContext.createVisitContext(context, null, Set.of(VisitHint.SKIP_UNRENDERED)), (visit, target) -> {
                    if (target instanceof UIInput input && id.equals(target.getId())) {
                        found[0] = input;
                        return VisitResult.COMPLETE;
                    }
                    return VisitResult.ACCEPT;
                });
        return found[0];
    }

    /** Wraps the handlers configured before it (OmniFaces' full Ajax handler): declared after it in faces-config. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new InvalidInputHandler(getWrapped().getExceptionHandler());
        }
    }

}
