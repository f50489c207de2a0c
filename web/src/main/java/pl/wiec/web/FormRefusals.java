package pl.wiec.web;

import java.util.Iterator;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIInput;
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
 * What a form's submission may end in besides its page's own messages, so that it never ends on the error page.
 *
 * <p>
 * A boundary's refusal of its arguments ({@link InvalidInput}) during a form's submission into messages beside the
 * fields it names, and renders the same page again with everything typed still in its fields: a refusal never reaches a
 * person as the error page.
 *
 * <p>
 * A problem's field is the boundary's parameter (or property) name; the page's input with that id takes the message
 * (and is marked invalid for screen readers), with the input's label in front. A problem no input matches is shown at
 * the top of the form. Pages check the same limits before anything is sent (their fields carry them), so this is the
 * net under those checks, for a field a page forgot and for a request not made by the page.
 *
 * <p>
 * A form sent after its page expired (the session ended while the person was writing) brings them back to the page they
 * were on, saying what happened: the text they wrote comes back from the browser's own copy ({@code form-drafts.js}, on
 * the forms that keep one), and nothing was stored. The page is the one the form was on (the request's {@code Referer},
 * when it is a page of this site); otherwise the home page.
 */
public class FormRefusals extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(FormRefusals.class.getName());

    public FormRefusals(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events
                .hasNext();) {
            Throwable thrown = events.next().getContext().getException();
            InvalidInput refused = cause(thrown, InvalidInput.class);
            if (cause(thrown, ViewExpiredException.class) != null && !context.getResponseComplete()
                    && !context.getPartialViewContext().isAjaxRequest()) {
                events.remove();
                LOG.info("A form was sent after its page expired; the person is sent back to the page");
                sendBack(context);
            } else if (refused != null && context.getViewRoot() != null && !context.getResponseComplete()) {
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

    private static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** Back to the page the form was on, saying that the page expired and nothing was stored. */
    static void sendBack(FacesContext context) {
        Texts.error("error.expired.back");
        Faces.getFlash().setKeepMessages(true);
        Faces.redirect(back(context));
    }

    private static String back(FacesContext context) {
        String contextPath = context.getExternalContext().getRequestContextPath();
        String referer = context.getExternalContext().getRequestHeaderMap().get("Referer");
        String path = LocalPath.sameSite(referer, Faces.getRequest().getServerName());
        return path != null && LocalPath.isSafe(path, contextPath + "/") ? path : contextPath + "/";
    }

    private static void show(FacesContext context, Problem problem) {
        UIInput input = input(context, problem.field());
        String text = FieldProblems.text(problem);
        if (input == null) {
            Texts.errorText(text);
            return;
        }
        Object label = input.getAttributes().get("label");
        Fields.invalid(context, input, label == null ? text : label + ": " + text);
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
            return new FormRefusals(getWrapped().getExceptionHandler());
        }
    }

}
