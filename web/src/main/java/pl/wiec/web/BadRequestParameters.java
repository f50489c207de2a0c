package pl.wiec.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.util.Faces;

/**
 * A page's address with a parameter that cannot be read ({@code /project.xhtml?id=abc}, an id of 20 digits, a filter
 * value a page does not know) answers 404 with the portal's page, instead of rendering the page without what it shows.
 * The parameters ({@code f:viewParam}) are converted and validated in the validation phase of the first request, before
 * any view action: a failure there means the address is wrong, not that a form was filled badly.
 */
public class BadRequestParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() && context.isValidationFailed() && !context.getResponseComplete()) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before: the parameters are read during the phase
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }
}
