/**
 * The server-side memory of sign-ins through login.gov.pl, shared by every cluster node through the database.
 *
 * <p>
 * The node answers with a cross-site POST to the ACS, which carries no {@code SameSite=Lax} session cookie, so the
 * pending request is found by its RelayState, not by the session; a RelayState is taken once only. Artifacts, request
 * IDs and assertion IDs are single use until they expire: a replay finds its ID already recorded. The database's
 * primary keys make both rules hold even for two nodes racing on the same message.
 */
package pl.wiec.signin;
