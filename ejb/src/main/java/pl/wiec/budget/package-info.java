/**
 * Budżet obywatelski (participatory budget): an edition is a project whose phases are the budget's stages (submission,
 * verification, voting, results); everything that differs between municipalities (pools and their amounts, caps and
 * areas, the voting method of each pool, channels, the rule for a person who votes twice, the tie-break) is the
 * edition's configuration, never code.
 * <p>
 * Ballot secrecy by design: "has voted" ({@code Voter}) and what was voted ({@code Ballot}) are two tables with nothing
 * in common but two keyed hashes of the person (HMAC with the server's secret), a random receipt as the ballot's key
 * and days instead of times; so staff reading the database cannot tell how a named person voted, while the application
 * can still find a person's ballot to apply the double-vote rule. One counted ballot per person and edition is a unique
 * constraint (two, in fact: the voter mark and the counted link), not an {@code if}: double clicks, two devices and a
 * paper card keyed at the same moment all end in one counted ballot.
 * <p>
 * Paper and postal cards are keyed by staff in batches and meet the same constraints: a card of someone who voted
 * before (by PESEL, or by a keyed hash of name and address, which the online ballot then also asks for) is kept as a
 * duplicate under the edition's rule, never counted twice. Re-keying by a second person measures entry errors.
 * <p>
 * Projects: residents write drafts and submit them (numbered then); staff verify them against the checklist (formal,
 * legal, technical, cost), may send them back for corrections by a day, admit only what passed and reject with a
 * published reason, which the author may appeal within the edition's days; every decision reaches the author as a
 * notification. Supporters are residents' online supports plus the signatures of a paper list staff count.
 * <p>
 * Counting is per pool by its method, then the pool's money goes to the projects in rank order; a project that no
 * longer fits is skipped (or ends the filling, where the rules say so). Staff may preview the count at any time (marked
 * unofficial); the official count is published only after the vote has ended and every batch is closed, as a version
 * that never changes: its numbers, turnout, counted receipts and documents (protocol PDF and CSV, the shuffled list of
 * ballots, each with its SHA-256) are stored and served as published. A correction is a new version with a reason;
 * every version stays readable. Anyone recounts the downloaded list and must get the published numbers.
 */
package pl.wiec.budget;
