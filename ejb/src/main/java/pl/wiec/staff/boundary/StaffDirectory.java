package pl.wiec.staff.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import pl.wiec.staff.control.DirectoryProbe;

/** What the staff sign-in page may ask about the office directory before anyone is signed in. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StaffDirectory {

    @Inject
    DirectoryProbe probe;

    public boolean isReachable() {
        return probe.isReachable();
    }
}
