/**
 * Questions residents answer: polls now (a phase's few single or multiple choice questions on the project page),
 * surveys next on the same tables. A {@code Form} belongs to one phase (a unique key); staff write its questions and
 * their options in Polish and, optionally, English, and put them in order.
 * <p>
 * One response per respondent and form is the database's unique key, not an {@code if}: double clicks and two devices
 * end in one response, the first. Once a form has responses, what they mean stays: questions are not removed, nor do
 * they change kind, rules or number of options; an option's label can still be corrected (options are matched by place,
 * so the answers stay with them).
 * <p>
 * Who may answer is the phase's rule for {@code Action.ANSWER} (identity level, minimum age, areas), as for every other
 * action. Residents see the results of a poll only after answering and only where staff chose so; staff of the project
 * (administrators, clerks, its project moderators) always. Results are counted by two aggregate queries (per option,
 * and respondents per question), never by reading the responses.
 * <p>
 * Each response records its channel ({@code ResponseChannel}: online, paper, consultation point, event, post), so that
 * offline answers keyed in by staff or ambassadors count with the online ones and results can be split by channel. A
 * keyed response has no respondent; it records where it was collected and who keyed it (a staff login or the
 * ambassador's account; who may key is {@code pl.wiec.offline.control.Keyers}). Paper forms mark options by their
 * printed numbers (1 for the first), checked by the same rules as online answers ({@code Form.check}). The entry screen
 * gives each form an entry key (a unique column), so a form sent twice after a lost answer counts once; a spreadsheet
 * of paper answers ({@code control.PaperAnswersFile}) is checked row by row before anything is stored, and a file is
 * imported into a form once (its SHA-256, a unique key per form).
 */
package pl.wiec.surveys;
