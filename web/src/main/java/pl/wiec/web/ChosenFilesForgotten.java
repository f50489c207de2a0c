package pl.wiec.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.faces.component.html.HtmlInputFile;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * When Faces refuses a field of a form that also carries a chosen file, the file's input keeps the upload as its local
 * value, and the view's state, saved with it, cannot be restored (an upload is no state): the next sending of the form
 * ended on the error page. So every file input validated in a request is noted (as a listener of its
 * {@code PostValidateEvent}, faces-config.xml), and after the validations of a request that failed, the noted ones
 * forget their upload (the form's bean holds a good file, {@link FileHolding}); where the validations pass, Faces hands
 * the upload to the bean and forgets it itself. Walking the view instead would evaluate iterations outside their rows.
 */
public class ChosenFilesForgotten implements PhaseListener, SystemEventListener {

    private static final long serialVersionUID = 1L;
    private static final String VALIDATED = ChosenFilesForgotten.class.getName();

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof HtmlInputFile;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        validated(FacesContext.getCurrentInstance()).add((HtmlInputFile) event.getSource());
    }

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
        if (context.isValidationFailed() || context.getRenderResponse()) {
            for (HtmlInputFile file : validated(context)) {
                file.setValue(null);
                file.setLocalValueSet(false);
                file.setSubmittedValue(null);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<HtmlInputFile> validated(FacesContext context) {
        return (List<HtmlInputFile>) context.getAttributes().computeIfAbsent(VALIDATED, key -> new ArrayList<>());
    }
}
