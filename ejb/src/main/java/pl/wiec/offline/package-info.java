/**
 * Offline participation: ambassadors now (residents whom staff entrusted with keying in a project's paper forms), with
 * the rule of who may key in a project's offline answers ({@code control.Keyers}); paper forms, posters and imports of
 * other methods come here next.
 * <p>
 * Staff name an ambassador by handing out a one-time invitation link for the project (valid 14 days; the database keeps
 * only its SHA-256): the resident who opens it signed in becomes the project's ambassador, whatever way they sign in,
 * and staff never need to look up a resident's personal data. An ambassador sees the entry screens of the projects they
 * are assigned to and nothing else: no moderation, no results, no respondents' data (paper answers carry none). Staff
 * see the ambassadors by their public names and can withdraw the role at any time.
 */
package pl.wiec.offline;
