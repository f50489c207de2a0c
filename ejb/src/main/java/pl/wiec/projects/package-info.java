/**
 * Projects: the participatory processes a municipality runs (a consultation, an idea collection, a budget edition),
 * each with a timeline of phases that never overlap. Each phase has one participation method, an extension point
 * ({@link pl.wiec.projects.control.ParticipationMethod}): a method is a CDI bean in its own component, found by its
 * key; adding a method never adds a branch here.
 *
 * <p>
 * Texts residents read are multilingual ({@link pl.wiec.projects.entity.LocalizedText}: Polish required, English
 * optional, Polish shown where English is missing). Descriptions are HTML that staff write; only a safelist of harmless
 * tags survives ({@link pl.wiec.projects.entity.RichText}). Drafts are visible to staff only.
 */
package pl.wiec.projects;
