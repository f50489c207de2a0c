/**
 * How people sign in. Staff sign in on the back-office page with their office directory account: the page calls
 * {@code HttpServletRequest.login}, which asks the server's Elytron domain {@code wiec} to bind to the directory;
 * Elytron keeps the resulting identity in the HTTP session. Doing this from a Faces page rather than the container's
 * {@code j_security_check} lets the page tell a wrong password from an unreachable directory (Elytron would answer the
 * latter with a bare 500) and keep the typed user name.
 *
 * <p>
 * The session id is changed after a successful sign-in (no session fixation), the password is never kept in a bean or
 * logged, and the page only returns to addresses inside the back office (no open redirect).
 */
package pl.wiec.signin;
