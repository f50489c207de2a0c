package pl.wiec.web;

import java.util.logging.Logger;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpSession;

import org.omnifaces.util.Faces;

/**
 * A form sent back after the session that held its page ended (the 30-minute timeout, a sign-out in another tab, a
 * server restart): the page's state lived in that session (server-side state saving), so the page cannot be what the
 * person saw. Before anything of it is read, the person is sent back to the page they were on, told what happened; what
 * they typed comes back from the browser's copy ({@code form-drafts.js}). Without this, the page was built anew from
 * the form's address alone, without its parameters, and ended on the error page.
 */
public class ExpiredPages implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ExpiredPages.class.getName());

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() || context.getPartialViewContext().isAjaxRequest()) {
            return;
        }
        HttpSession session = Faces.getRequest().getSession(false);
        if (session == null || session.isNew()) {
            LOG.info("A form was sent after its session ended; the person is sent back to the page");
            FormRefusals.sendBack(context);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after: the decision is made before the page is restored
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
