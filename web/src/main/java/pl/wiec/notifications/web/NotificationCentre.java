package pl.wiec.notifications.web;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import pl.wiec.notifications.boundary.Notifications;
import pl.wiec.notifications.entity.Frequency;
import pl.wiec.notifications.entity.Kind;
import pl.wiec.notifications.entity.Notification;
import pl.wiec.web.Texts;

/** {@code account/notifications.xhtml}: the resident's notifications and how often they want e-mails of each kind. */
@Named
@ViewScoped
public class NotificationCentre implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notifications notifications;

    private transient List<Notification> list;
    private final Map<Kind, Frequency> choices = new EnumMap<>(Kind.class);

    @PostConstruct
    void load() {
        choices.putAll(notifications.preferences());
    }

    public List<Notification> getList() {
        if (list == null) {
            list = notifications.mine();
        }
        return list;
    }

    public void markAllRead() {
        notifications.markAllRead();
        list = null;
        Texts.info("notifications.allRead");
    }

    public void save() {
        choices.forEach(notifications::choose);
        Texts.info("notifications.saved");
    }

    public List<Kind> getKinds() {
        return List.of(Kind.values());
    }

    public List<Frequency> getFrequencies() {
        return List.of(Frequency.values());
    }

    public Map<Kind, Frequency> getChoices() {
        return choices;
    }
}
