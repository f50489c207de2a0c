package pl.wiec.notifications.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.notifications.boundary.Notifications;
import pl.wiec.residents.entity.Resident;

/** {@code #{unreadNotifications.count}} for the header: the signed-in resident's unread notifications. */
@Named("unreadNotifications")
@RequestScoped
public class UnreadCount {

    @Inject
    Notifications notifications;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = Faces.getRequest().isUserInRole(Resident.ROLE) ? notifications.unread() : 0L;
        }
        return count;
    }
}
