package pl.wiec.budget.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    Event<StaffAction> staffActions;

    /** The near matches of the edition not yet decided, earliest voter first. */
    public List<NearMatch> pending(long editionId) {
        List<?> pairs = em.createNativeQuery("select a.id, b.id from budget_voter a join budget_voter b"
                + " on b.project_id = a.project_id and b.building_key = a.building_key and b.id > a.id"
                + " where a.project_id = ? and a.merged_into is null and b.merged_into is null"
                + " and a.sealed_identity is not null and b.sealed_identity is not null"
                + " and (a.channel <> 'ONLINE' or b.channel <> 'ONLINE') and not exists (select 1 from"
                + " budget_near_match m where m.project_id = a.project_id and m.voter_a = a.id and m.voter_b = b.id)"
                + " order by a.id, b.id").setParameter(1, editionId).getResultList();
        Map<Long, Optional<Side>> sides = new HashMap<>();
        List<NearMatch> matches = new ArrayList<>();
        for (Object row : pairs) {
            Object[] ids = (Object[]) row;
            Optional<Side> a = sides.computeIfAbsent(((Number) ids[0]).longValue(), this::side);
            Optional<Side> b = sides.computeIfAbsent(((Number) ids[1]).longValue(), this::side);
            if (a.isPresent() && b.isPresent() && a.get().identity().nearTo(b.get().identity())) {
                matches.add(ordered(a.get(), b.get()));
            }
        }
        return matches;
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
                : pending(editionId).stream().filter(
                        pair -> pair.first() == Math.min(voterA, voterB) && pair.second() == Math.max(voterA, voterB))
                        .findFirst();
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
                countedBallots(editionId, voter).forEach(
                        ballot -> ballot.invalidate(allInvalid ? InvalidReason.ALL_INVALID : InvalidReason.DUPLICATE));
            }
        }
        staffActions.fire(
                new StaffAction(DECIDED, "project " + editionId, "voters " + match.first() + " and " + match.second()
                        + ": " + (samePerson ? "one person (" + edition.rules().conflictRule() + ")" : "two people")));
        return true;
    }

    private Optional<Side> side(long voterId) {
        Voter voter = em.find(Voter.class, voterId);
        Optional<CardIdentity> identity = voter == null || voter.sealedIdentity() == null ? Optional.empty()
                : keys.unseal(voter.sealedIdentity());
        if (identity.isEmpty()) {
            if (voter != null && voter.sealedIdentity() != null) {
                LOG.warning(() -> "The sealed identity of voter " + voterId + " cannot be opened (another secret?):"
                        + " near matches with it are not shown");
            }
            return Optional.empty();
        }
        // the card that made the voter's mark, not a card repeating them (which shares the link)
        Optional<Ballot> card = voter.channel() == Channel.ONLINE ? Optional.empty() : ballots(voter.editionId(), voter)
                .stream().filter(ballot -> ballot.batchId() != null && ballot.ownsVoter()).findFirst();
        Batch batch = card.map(ballot -> em.find(Batch.class, ballot.batchId())).orElse(null);
        return Optional.of(new Side(voterId, identity.get(), voter.channel(), voter.votedOn(), voter.area(),
                batch == null ? null : batch.id(), batch == null ? null : batch.place(),
                card.map(Ballot::cardNumber).orElse(null)));
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

    private List<Ballot> countedBallots(long editionId, Voter voter) {
        return em
                .createQuery("select b from Ballot b where b.editionId = :edition and b.link = :link"
                        + " and b.countedLink is not null", Ballot.class)
                .setParameter("edition", editionId).setParameter("link", keys.link(voter.voterKey()))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    private String me() {
        return context.getCallerPrincipal().getName();
    }
}
