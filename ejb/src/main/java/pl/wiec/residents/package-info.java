/**
 * Residents: their accounts, how far their identity is verified, and what the platform may keep about them.
 *
 * <p>
 * A PESEL is personal data of the highest sensitivity and Wiec never stores it in clear: it only checks it here (format
 * and check digit) as it arrives from login.gov.pl, and keeps a keyed hash of it so that one person stays one resident.
 * Neither a PESEL nor anything that contains one may be logged or shown.
 */
package pl.wiec.residents;
