/**
 * Residents: their accounts, how far their identity is verified, and what the platform may keep about them.
 *
 * <p>
 * A PESEL is personal data of the highest sensitivity and Wiec never stores it in clear: it only checks it here (format
 * and check digit) as it arrives from login.gov.pl, and keeps a keyed hash of it so that one person stays one resident.
 * Neither a PESEL nor anything that contains one may be logged or shown.
 *
 * <p>
 * Every component keeps something about residents, and residents may depend on none of them (they all depend on
 * residents). So what happens to a person's data everywhere is asked by events fired here, in the caller's transaction:
 * {@code AccountDeleted} lets each component forget, {@code PersonalData} lets each add its part of the data download
 * (RODO art. 15 and 20). A component that starts keeping something about people observes both.
 */
package pl.wiec.residents;
