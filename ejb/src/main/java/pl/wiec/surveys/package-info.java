/**
 * Questions residents answer: polls (a phase's few single or multiple choice questions on the project page) and surveys
 * (method {@code survey}: many kinds of question on pages, with skip logic), on the same tables and built with the same
 * methods ({@code Polls}' question methods; {@code Surveys} answers them). A {@code Form} belongs to one phase (a
 * unique key); staff write its questions and their options in Polish and, optionally, English, and put them in order.
 * <p>
 * A survey's question is a choice ({@code SINGLE_CHOICE}, {@code MULTIPLE_CHOICE}, {@code SCALE}, whose options are its
 * points; {@code RANKING}, every option put in order, each {@code Selection} keeping its place) or asks for a value
 * ({@code SHORT_TEXT}, {@code LONG_TEXT}, {@code NUMBER} with optional bounds, {@code DATE}, {@code POINT} on the map):
 * choices are {@code Selection}s, values {@code AnswerValue}s (table {@code survey_value}); both carry their response's
 * form and channel, so results are aggregate scans of one table each. A question may begin a page (with the page's
 * title); an option of a single choice may lead, once its page is done, to a later page or to the end
 * ({@code Form.next/path}); what a skip passes by is neither asked nor kept ({@code Form.onPath}). Residents answer
 * page by page: each page left is kept as their {@code Draft} (JSON, one per person and form), checked going forward,
 * and the whole way is checked again when they send; where staff allow it ({@code Form.editable}) they change what they
 * sent until the phase ends (the response is rewritten, never added). Text is read the same way from a field, a keyed
 * paper form and a spreadsheet cell ({@code TypedValue}).
 * <p>
 * One response per respondent and form is the database's unique key, not an {@code if}: double clicks and two devices
 * end in one response, the first. Once a form has responses, what they mean stays: questions are not removed, nor do
 * they change kind, rules or number of options; an option's label can still be corrected (options are matched by place,
 * so the answers stay with them), and so can the picture an option shows ({@code OptionImage}: its bytes apart, its
 * hash and its description, the text alternative, on the option).
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
 * printed numbers (1 for the first; a ranking's places are written beside its options, keyed in their order) and a
 * survey's values as written, checked by the same rules as online answers ({@code Form.checkPaper}, along the skips).
 * The entry screen gives each form an entry key (a unique column), so a form sent twice after a lost answer counts
 * once; a spreadsheet of paper answers ({@code control.PaperAnswersFile}) is checked row by row before anything is
 * stored, and a file is imported into a form once (its SHA-256, a unique key per form).
 */
package pl.wiec.surveys;
