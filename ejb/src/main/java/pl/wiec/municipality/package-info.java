/**
 * The municipality that runs this Wiec installation: its name, TERYT code, contact details, address and branding (logo
 * and primary colour), shown on every public page.
 *
 * <p>
 * An installation serves exactly one municipality, so the profile is a single row that is edited, never created or
 * deleted by users. Every edit is a staff action and lands in the audit log with the fields that changed. Concurrent
 * edits by two administrators are detected by the row's version: the second one is told to reload instead of silently
 * overwriting the first.
 *
 * <p>
 * The primary colour is the background of white text in the header and buttons, so it must keep a WCAG 2.1 AA contrast
 * of 4.5:1 with white; the rule lives in {@link pl.wiec.municipality.entity.BrandColour}. The logo is kept in the
 * database (not on a local disk) so that every node of a cluster serves the same one.
 */
package pl.wiec.municipality;
