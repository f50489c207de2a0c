package pl.wiec.budget.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.budget.entity.Ballot;
import pl.wiec.budget.entity.Voter;

/**
 * Stores a person's voter mark and their counted ballot together, in a transaction of their own, so that a paper card
 * whose person has voted already fails here alone (a unique constraint of the voter list or of counted ballots) and the
 * caller can still record the card as a duplicate; and finds a person's counted ballots when the double-vote rule
 * invalidates them (a repeated card, or a clerk's "one person" decision). Only the budget's boundaries call it.
 */
@Stateless
@PermitAll
public class BallotBox {

    @PersistenceContext
    EntityManager em;

    /**
     * Numbers a paper card in its batch and stores it counted with its person's voter mark, in a transaction of its own
     * that holds the batch's lock (cards of one batch get consecutive numbers).
     *
     * @return the card's number in the batch
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int storeCard(long batchId, java.util.function.IntFunction<Ballot> cardNumbered, Voter voter) {
        pl.wiec.budget.entity.Batch batch = em.find(pl.wiec.budget.entity.Batch.class, batchId,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        int number = batch.nextCard();
        em.persist(voter);
        em.persist(cardNumbered.apply(number));
        em.flush();
        return number;
    }

    /**
     * The counted ballots of one person (their link) in the edition, locked: to be invalidated when the rules find the
     * person voted more than once.
     */
    public java.util.List<Ballot> counted(long editionId, String link) {
        return em
                .createQuery("select b from Ballot b where b.editionId = :edition and b.link = :link"
                        + " and b.countedLink is not null", Ballot.class)
                .setParameter("edition", editionId).setParameter("link", link)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList();
    }
}
