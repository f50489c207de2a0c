/**
 * Staff of the municipality office, as the office directory (LDAP or Active Directory) knows them.
 *
 * <p>
 * Wiec keeps no staff passwords and no staff accounts of its own: the server's Elytron security domain {@code wiec}
 * checks a password by binding to the directory as that person and turns directory groups into the application roles
 * below (which group becomes which role is server configuration, see the README). A person who leaves the office loses
 * access as soon as the directory says so.
 *
 * <p>
 * The directory can be down while the portal stays up: public pages never touch it, and the staff sign-in page tells
 * the person that the directory is unreachable instead of failing with a server error.
 */
package pl.wiec.staff;
