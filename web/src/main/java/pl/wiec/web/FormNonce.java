package pl.wiec.web;

import java.io.IOException;
import java.io.Writer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextFactory;
import jakarta.faces.context.FacesContextWrapper;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.lifecycle.Lifecycle;

import org.primefaces.context.PrimeFacesContext;

/**
 * Every form carries the page's Content-Security-Policy nonce as the field {@code primefaces.nonce}. PrimeFaces (CSP
 * mode, web.xml) checks that a form sent back carries the nonce its page was rendered with, and adds the field itself
 * only by script, from its own script library, which the portal's pages do not load and which a browser without scripts
 * does not run; so the server writes it into each form as the form's markup ends, whichever component wrote the form (a
 * wrapper of the response writer, installed by this factory of faces contexts, faces-config.xml). The nonce is no
 * secret: it is in the page's header and scripts anyway.
 */
public class FormNonce extends FacesContextFactory {

    public FormNonce(FacesContextFactory wrapped) {
        super(wrapped);
    }

    @Override
    public FacesContext getFacesContext(Object context, Object request, Object response, Lifecycle lifecycle) {
        FacesContext faces = getWrapped().getFacesContext(context, request, response, lifecycle);
        return new FacesContextWrapper(faces) {

            @Override
            public void setResponseWriter(ResponseWriter writer) {
                super.setResponseWriter(
                        writer == null || writer instanceof NonceWriter ? writer : new NonceWriter(writer));
            }
        };
    }

    /** Writes the nonce field before the end of every form. */
    static final class NonceWriter extends ResponseWriterWrapper {

        NonceWriter(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void endElement(String name) throws IOException {
            if ("form".equalsIgnoreCase(name)) {
                String nonce = PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
                startElement("input", null);
                writeAttribute("type", "hidden", null);
                writeAttribute("name", "primefaces.nonce", null);
                writeAttribute("value", nonce, null);
                endElement("input");
            }
            super.endElement(name);
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            return new NonceWriter(getWrapped().cloneWithWriter(writer));
        }
    }
}
