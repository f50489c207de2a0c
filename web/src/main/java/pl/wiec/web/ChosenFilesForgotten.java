package pl.wiec.web;

import jakarta.faces.component.html.HtmlInputFile;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * When Faces refuses a field of a form that also carries a chosen file, the file's input keeps the upload as its local
 * value, and the view's state, saved with it, cannot be restored (an upload is no state): the next sending of the form
 * ended on the error page. After the validations of such a request, every file input forgets its upload (the form's
 * bean holds a good file, {@link FileHolding}); where the validations pass, Faces hands the upload to the bean and
 * forgets it itself.
 */
public class ChosenFilesForgotten implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the validations
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isValidationFailed() && !context.getRenderResponse()) {
            return;
        }
        context.getViewRoot().visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            if (component instanceof HtmlInputFile file) {
                file.setValue(null);
                file.setLocalValueSet(false);
                file.setSubmittedValue(null);
            }
            return VisitResult.ACCEPT;
        });
    }
}
