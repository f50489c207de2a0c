package pl.wiec.budget.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import pl.wiec.audit.entity.StaffAction;
import pl.wiec.budget.boundary.NearMatch.Side;
import pl.wiec.budget.control.BallotBox;
import pl.wiec.budget.control.BallotKeys;
import pl.wiec.budget.entity.Ballot;
import pl.wiec.budget.entity.Batch;
import pl.wiec.budget.entity.CardIdentity;
import pl.wiec.budget.entity.Channel;
import pl.wiec.budget.entity.ConflictRule;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.InvalidReason;
import pl.wiec.budget.entity.Voter;
import pl.wiec.staff.entity.Roles;

/**
 * People across channels who may have voted twice under two spellings. Exact matches (the same name and address after
 * normalising, or the same PESEL) are caught when the second ballot arrives; near ones cannot be decided by a machine:
 * "ul. Mostowa 1" online and "Mostowa 1 m. 4" on paper may be one person or a father and son. So voters of one building
 * (found by the keyed hash of street and number) whose names are the same or one letter apart, at least one of them on
 * paper or by post, are put before a clerk with both records side by side, and the count cannot become official until
 * each pair is decided. "One person" applies the edition's double-vote rule to the later ballot and counts the person
 * once; "two people" leaves both. Each decision is audited, without the names.
 * <p>
 * The identities compared are the ones the voters gave, sealed under the installation's secret and erased when the
 * result is first published ({@link BudgetResults#publish}); a card keyed after that is matched exactly only.
 */
@Stateless
@RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
public class NearMatches {

    public static final String DECIDED = "budget.nearmatch.decided";

    private static final Logger LOG = Logger.getLogger(NearMatches.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    BallotKeys keys;

    @Inject
    BallotBox box;

    @Inject
    Event<StaffAction> staffActions;

    /**
     * The near matches of the edition not yet decided. The voters of buildings with a paper or postal voter are read
     * once (id, building, channel, sealed identity: one indexed query, however many pairs a large building makes),
     * opened, and compared building by building.
     */
    public List<NearMatch> pending(long editionId) {
        Set<List<Long>> decided = new HashSet<>();
        em.createNativeQuery("select voter_a, voter_b from budget_near_match where project_id = ?")
                .setParameter(1, editionId).getResultList().forEach(row -> decided.add(List
                        .of(((Number) ((Object[]) row)[0]).longValue(), ((Number) ((Object[]) row)[1]).longValue())));
        Map<String, List<Candidate>> buildings = new HashMap<>();
        em.createQuery(
                "select v.id, v.buildingKey, v.channel, v.sealedIdentity from Voter v"
                        + " where v.editionId = :edition and v.mergedInto is null and v.sealedIdentity is not null",
                Object[].class).setParameter("edition", editionId).getResultStream()
                .forEach(row -> buildings.computeIfAbsent((String) row[1], building -> new ArrayList<>())
                        .add(new Candidate((Long) row[0], (Channel) row[2], (String) row[3])));
        Map<Long, Side> sides = new HashMap<>();
        List<NearMatch> matches = new ArrayList<>();
        for (List<Candidate> voters : buildings.values()) {
            if (voters.size() < 2 || voters.stream().allMatch(voter -> voter.channel() == Channel.ONLINE)) {
                continue;
            }
            List<Opened> opened = voters.stream().map(this::opened).flatMap(Optional::stream).toList();
            for (int i = 0; i < opened.size(); i++) {
                Opened a = opened.get(i);
                if (a.candidate().channel() == Channel.ONLINE) {
                    continue;
                }
                // each paper voter against everyone in the building (another paper voter only once)
                for (int j = 0; j < opened.size(); j++) {
                    Opened b = opened.get(j);
                    if (j == i || j < i && b.candidate().channel() != Channel.ONLINE
                            || !CardIdentity.namesNear(a.name(), b.name())) {
                        continue;
                    }
                    long first = Math.min(a.candidate().id(), b.candidate().id());
                    long second = Math.max(a.candidate().id(), b.candidate().id());
                    if (!decided.contains(List.of(first, second))) {
                        matches.add(ordered(sides.computeIfAbsent(a.candidate().id(), id -> side(a)),
                                sides.computeIfAbsent(b.candidate().id(), id -> side(b))));
                    }
                }
            }
        }
        matches.sort(Comparator.comparingLong(NearMatch::first).thenComparingLong(NearMatch::second));
        return matches;
    }

    /** The two voters as a near match not yet decided, if they are one (checked for them alone). */
    private Optional<NearMatch> undecided(long editionId, long first, long second) {
        Voter a = em.find(Voter.class, first);
        Voter b = em.find(Voter.class, second);
        if (a == null || b == null || a.editionId() != editionId || b.editionId() != editionId || a.isMerged()
                || b.isMerged() || a.sealedIdentity() == null || b.sealedIdentity() == null
                || !java.util.Objects.equals(a.buildingKey(), b.buildingKey())
                || a.channel() == Channel.ONLINE && b.channel() == Channel.ONLINE) {
            return Optional.empty();
        }
        long decided = ((Number) em
                .createNativeQuery("select count(*) from budget_near_match where project_id = ?"
                        + " and voter_a = ? and voter_b = ?")
                .setParameter(1, editionId).setParameter(2, first).setParameter(3, second).getSingleResult())
                        .longValue();
        Optional<CardIdentity> ia = keys.unseal(a.sealedIdentity());
        Optional<CardIdentity> ib = keys.unseal(b.sealedIdentity());
        if (decided > 0 || ia.isEmpty() || ib.isEmpty() || !ia.get().nearTo(ib.get())) {
            return Optional.empty();
        }
        return Optional.of(ordered(side(new Opened(new Candidate(first, a.channel(), null), ia.get(), ia.get().name())),
                side(new Opened(new Candidate(second, b.channel(), null), ib.get(), ib.get().name()))));
    }

    /** A voter of the edition as read for comparing: their sealed identity. */
    private record Candidate(long id, Channel channel, String sealed) {
    }

    /** A voter's identity opened, with the normalised name the comparison uses. */
    private record Opened(Candidate candidate, CardIdentity identity, String name) {
    }

    private Optional<Opened> opened(Candidate candidate) {
        Optional<CardIdentity> identity = keys.unseal(candidate.sealed());
        if (identity.isEmpty()) {
            LOG.warning(() -> "The sealed identity of voter " + candidate.id()
                    + " cannot be opened (another secret?): near matches with it are not shown");
        }
        return identity.map(opened -> new Opened(candidate, opened, opened.name()));
    }

    /**
     * Decides a near match: whether the two voters are one person. It takes the edition's lock, as publishing does, so
     * a decision and a publication never interleave.
     *
     * @return false when the pair is not (or no longer) an undecided near match of the edition: someone decided it
     *         meanwhile, or the result was published
     */
    public boolean decide(long editionId, long voterA, long voterB, boolean samePerson) {
        Edition edition = em.find(Edition.class, editionId, LockModeType.PESSIMISTIC_WRITE);
        Optional<NearMatch> pending = edition == null ? Optional.empty()
                : undecided(editionId, Math.min(voterA, voterB), Math.max(voterA, voterB));
        if (pending.isEmpty()) {
            return false;
        }
        NearMatch match = pending.get();
        em.createNativeQuery("insert into budget_near_match (project_id, voter_a, voter_b, same_person, decided_by,"
                + " decided_at) values (?, ?, ?, ?, ?, ?)").setParameter(1, editionId).setParameter(2, match.first())
                .setParameter(3, match.second()).setParameter(4, samePerson).setParameter(5, me())
                .setParameter(6, java.sql.Timestamp.from(Instant.now(Clock.systemUTC()))).executeUpdate();
        if (samePerson) {
            Voter earlier = em.find(Voter.class, match.earlier().voterId());
            Voter later = em.find(Voter.class, match.later().voterId());
            later.mergeInto(earlier);
            boolean allInvalid = edition.rules().conflictRule() == ConflictRule.ALL_INVALID;
            List<Voter> losing = allInvalid ? List.of(earlier, later) : List.of(later);
            for (Voter voter : losing) {
                box.counted(editionId, keys.link(voter.voterKey())).forEach(
                        ballot -> ballot.invalidate(allInvalid ? InvalidReason.ALL_INVALID : InvalidReason.DUPLICATE));
            }
        }
        staffActions.fire(
                new StaffAction(DECIDED, "project " + editionId, "voters " + match.first() + " and " + match.second()
                        + ": " + (samePerson ? "one person (" + edition.rules().conflictRule() + ")" : "two people")));
        return true;
    }

    /** A voter side by side: for a card, its batch (the place it came from) and number. */
    private Side side(Opened opened) {
        Voter voter = em.find(Voter.class, opened.candidate().id());
        // the card that made the voter's mark, not a card repeating them (which shares the link)
        Optional<Ballot> card = voter.channel() == Channel.ONLINE ? Optional.empty() : ballots(voter.editionId(), voter)
                .stream().filter(ballot -> ballot.batchId() != null && ballot.ownsVoter()).findFirst();
        Batch batch = card.map(ballot -> em.find(Batch.class, ballot.batchId())).orElse(null);
        return new Side(voter.id(), opened.identity(), voter.channel(), voter.votedOn(), voter.area(),
                batch == null ? null : batch.id(), batch == null ? null : batch.place(),
                card.map(Ballot::cardNumber).orElse(null));
    }

    private static NearMatch ordered(Side a, Side b) {
        // the day, then for two cards the order they were keyed in (batch, card), else the voter list's order
        Comparator<Side> first = Comparator.comparing(Side::votedOn)
                .thenComparing(side -> side.batchId() == null ? Long.MIN_VALUE : side.batchId())
                .thenComparing(side -> side.cardNumber() == null ? 0 : side.cardNumber())
                .thenComparingLong(Side::voterId);
        return first.compare(a, b) <= 0 ? new NearMatch(a, b) : new NearMatch(b, a);
    }

    private List<Ballot> ballots(long editionId, Voter voter) {
        return em.createQuery("select b from Ballot b where b.editionId = :edition and b.link = :link", Ballot.class)
                .setParameter("edition", editionId).setParameter("link", keys.link(voter.voterKey())).getResultList();
    }

    private String me() {
        return context.getCallerPrincipal().getName();
    }
}
