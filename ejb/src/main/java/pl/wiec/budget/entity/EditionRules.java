package pl.wiec.budget.entity;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of an edition that are not per pool: the channels ballots come through, what happens to a person who votes
 * twice, the tie-break (with the seed of the draw, for {@link TieBreak#LOT}), how the money is filled, whether paper
 * cards must carry a PESEL (legally contested: see {@link #peselContested()}), how many supporters a project needs, the
 * places of the ballot boxes and the days a rejected project's author has to appeal; and for paper cards, whether a
 * defect in one pool (too many or too few marks, over the pool's amount) voids only that pool, where the card still
 * counts in the others, rather than the whole card ({@code poolDefectVoidsPool}, Kraków's rule), and whether every
 * batch must be keyed again in full by a second person, and every difference decided, before the count becomes official
 * ({@code rekeyRequired}).
 */
public record EditionRules(Set<Channel> channels, ConflictRule conflictRule, TieBreak tieBreak, String lotSeed,
        Filling filling, boolean requiresPesel, int supporters, List<String> places, int appealDays,
        boolean poolDefectVoidsPool, boolean rekeyRequired) implements Serializable {

    public EditionRules {
        if (channels == null || channels.isEmpty()) {
            throw new IllegalArgumentException("An edition takes ballots through at least one channel");
        }
        channels = Set.copyOf(channels);
        if (conflictRule == null || tieBreak == null || filling == null) {
            throw new IllegalArgumentException("The conflict rule, tie-break and filling are required");
        }
        lotSeed = lotSeed == null || lotSeed.isBlank() ? null : lotSeed.trim();
        if (tieBreak == TieBreak.LOT && lotSeed == null) {
            throw new IllegalArgumentException("A tie-break by lot needs the seed of the draw");
        }
        places = places == null ? List.of() : places.stream().filter(java.util.Objects::nonNull).map(String::trim)
                .filter(p -> !p.isEmpty()).distinct().toList();
        if (appealDays < 0) {
            throw new IllegalArgumentException("Days to appeal cannot be negative");
        }
        if (supporters < 0) {
            throw new IllegalArgumentException("Supporters cannot be negative");
        }
    }

    /** Wasilków's rules: online and ballot boxes, first ballot counts, cheaper first, skip what does not fit. */
    public static EditionRules usual() {
        return new EditionRules(EnumSet.of(Channel.ONLINE, Channel.PAPER), ConflictRule.FIRST_COUNTS,
                TieBreak.LOWER_COST, null, Filling.SKIP_UNFITTING, false, 10, List.of("Urząd Miasta, Rynek 1"), 7,
                false, false);
    }

    /**
     * Whether a paper card is matched to other ballots by name and address (a keyed hash of them): where paper or post
     * is a channel and the card carries no PESEL. The online ballot then asks for the address too.
     */
    public boolean matchesByAddress() {
        return !requiresPesel && (channels.contains(Channel.PAPER) || channels.contains(Channel.POST));
    }

    /**
     * Whether the rules ask for something courts and the data-protection authority have held unlawful or contested: a
     * mandatory PESEL (NSA 2019/2020). The edition page warns staff; it does not forbid.
     */
    public boolean peselContested() {
        return requiresPesel;
    }
}
