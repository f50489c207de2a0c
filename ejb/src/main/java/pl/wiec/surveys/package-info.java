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
 * offline answers keyed in by staff or ambassadors count with the online ones and results can be split by channel.
 */
package pl.wiec.surveys;
