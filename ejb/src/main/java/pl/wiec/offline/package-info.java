/**
 * Offline participation: ambassadors (residents whom staff entrusted with keying in a project's paper forms), the rule
 * of who may key in a project's offline answers ({@code control.Keyers}), and what is printed: paper forms generated
 * from the same questions as online, options numbered as the entry screen expects, optionally in large print
 * ({@code control.PrintedForm}), and posters for any project or event, A4 or A3, with a QR code to its page
 * ({@code control.Poster}; the code is drawn as vector squares, see {@code pl.wiec.platform.control.QrCode}).
 * <p>
 * Staff name an ambassador by handing out a one-time invitation link for the project (valid 14 days; the database keeps
 * only its SHA-256): the resident who opens it signed in becomes the project's ambassador, whatever way they sign in,
 * and staff never need to look up a resident's personal data. An ambassador sees the entry screens of the projects they
 * are assigned to and nothing else: no moderation, no results, no respondents' data (paper answers carry none). Staff
 * see the ambassadors by their public names and can withdraw the role at any time.
 */
package pl.wiec.offline;
