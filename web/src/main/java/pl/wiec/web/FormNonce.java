package pl.wiec.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.html.HtmlOutputText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

import org.primefaces.context.PrimeFacesContext;

/**
 * Every form carries the page's Content-Security-Policy nonce as the field {@code primefaces.nonce}. PrimeFaces (CSP
 * mode, web.xml) checks that a form sent back carries the nonce its page was rendered with, and adds the field itself
 * only by script, from its own script library, which the portal's pages do not load and which a browser without scripts
 * does not run; so the server writes it into each form (a {@code PostAddToViewEvent} listener for {@link UIForm},
 * faces-config.xml). The nonce is no secret: it is in the page's header and scripts anyway.
 */
public class FormNonce implements SystemEventListener {

    private static final String MARK = "wiecCspNonce";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIForm;
    }

    @Override
    public void processEvent(SystemEvent event) {
        UIComponent form = (UIComponent) event.getSource();
        if (form.getChildren().stream().anyMatch(child -> child.getAttributes().containsKey(MARK))) {
            return;
        }
        HtmlOutputText field = new HtmlOutputText() {

            @Override
            public Object getValue() {
                String nonce = PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
                return "<input type=\"hidden\" name=\"primefaces.nonce\" value=\"" + Texts.attribute(nonce) + "\"/>";
            }
        };
        field.getAttributes().put(MARK, Boolean.TRUE);
        field.setEscape(false);
        field.setTransient(true);
        form.getChildren().add(field);
    }
}
