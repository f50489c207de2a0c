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
 * Counting is per pool by its method, then the pool's money goes to the projects in rank order; a project that no
 * longer fits is skipped (or ends the filling, where the rules say so). The published result is stored, so the page
 * never recounts; a recount from the raw ballots must give the same numbers.
 */
package pl.wiec.budget;
