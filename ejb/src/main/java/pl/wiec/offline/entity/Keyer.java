package pl.wiec.offline.entity;

import java.io.Serializable;

/** Who keyed an offline answer in: a member of staff (their directory login) or an ambassador (their account). */
public record Keyer(String staffLogin, Long residentId) implements Serializable {

    public static Keyer staff(String login) {
        return new Keyer(login, null);
    }

    public static Keyer ambassador(long residentId) {
        return new Keyer(null, residentId);
    }

    public boolean isAmbassador() {
        return residentId != null;
    }
}
