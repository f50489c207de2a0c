package pl.wiec.budget.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import pl.wiec.budget.entity.Channel;
import pl.wiec.budget.entity.EditionRules;
import pl.wiec.budget.entity.PoolPlan;

/**
 * What a protocol states beside the count: the edition and the resolution it runs under, the voting's days, channels
 * and places, the rules, the commission that signs it, and where and when.
 *
 * @param voting
 *            each voting phase's first and last day, in pairs
 * @param correction
 *            for a corrected version, why it was corrected; null otherwise
 */
public record ProtocolFacts(String edition, String resolution, List<LocalDate[]> voting, Set<Channel> channels,
        List<String> places, EditionRules rules, List<PoolPlan> pools, List<String> commission, String signedIn,
        LocalDate signedOn, int version, String correction) {
}
