package pl.wiec.notifications.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import pl.wiec.notifications.boundary.Notifications;
import pl.wiec.notifications.entity.Kind;

/** {@code unsubscribe.xhtml?token=}: the one-click link of a notification e-mail. */
@Named
@RequestScoped
public class Unsubscribe {

    @Inject
    Notifications notifications;

    private String token;
    private Kind done;

    public void apply() {
        done = notifications.unsubscribe(token).orElse(null);
    }

    public Kind getDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
