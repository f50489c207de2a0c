/**
 * Ideas residents submit in an ideation phase of a project: a title, a description and optionally a place (a point on
 * the map and/or a described place). Who may submit follows the phase's rule
 * ({@link pl.wiec.projects.control.Eligibility}); the boundary checks it again on every submission. The ideation method
 * ({@link pl.wiec.ideas.control.IdeationMethod}) plugs this component into the projects' timeline.
 */
package pl.wiec.ideas;
