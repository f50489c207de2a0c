package pl.wiec.notifications.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import pl.wiec.notifications.boundary.Notifications;
import pl.wiec.notifications.entity.Kind;

/**
 * {@code unsubscribe.xhtml?token=}: the page of an e-mail's unsubscribe link. Opening it changes nothing (mail scanners
 * open links too); it says which e-mails the link stops and the button stops them.
 */
@Named
@ViewScoped
public class Unsubscribe implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notifications notifications;

    private String token;
    private Kind kind;
    private boolean done;

    public void load() {
        kind = notifications.unsubscribeLink(token).orElse(null);
    }

    public void apply() {
        kind = notifications.unsubscribe(token).orElse(null);
        done = kind != null;
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
