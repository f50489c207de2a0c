package pl.wiec.budget.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/**
 * What one person voted in an edition, under a random receipt code they keep. It knows its voter only by a keyed hash
 * ({@code link}); while it counts, {@code countedLink} repeats it, and the database allows one counted ballot per link.
 */
@Entity
@Table(name = "budget_ballot")
public class Ballot {

    @Id
    private String receipt;

    @Column(name = "project_id", nullable = false)
    private long editionId;

    @Column(nullable = false)
    private String link;

    @Column(name = "counted_link")
    private String countedLink;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "cast_on", nullable = false)
    private LocalDate castOn;

    @Column(name = "invalid_reason")
    private String invalidReason;

    @Column(name = "batch_id")
    private Long batchId;

    @Column(name = "card_number")
    private Integer cardNumber;

    @Column(name = "card_check")
    private String cardCheck;

    @Column(name = "keyed_reading")
    private String keyedReading;

    @Column(name = "identity_check")
    private String identityCheck;

    @Column(name = "owns_voter", nullable = false)
    private boolean ownsVoter;

    @OneToMany(mappedBy = "ballot", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Choice> choices = new ArrayList<>();

    /** Pools in which a counted card does not count, with the reason (where the rules void only the pool). */
    @ElementCollection
    @CollectionTable(name = "budget_ballot_void", joinColumns = @JoinColumn(name = "receipt"))
    @MapKeyColumn(name = "pool_id")
    @Column(name = "reason")
    private Map<Long, String> voids = new TreeMap<>();

    protected Ballot() {
    }

    public Ballot(String receipt, long editionId, String link, Channel channel, LocalDate castOn) {
        this.receipt = receipt;
        this.editionId = editionId;
        this.link = link;
        this.countedLink = link;
        this.channel = channel;
        this.castOn = castOn;
    }

    /** A paper or postal card keyed as card {@code cardNumber} of the batch, counted unless it is invalidated. */
    public static Ballot card(String receipt, Batch batch, int cardNumber, String cardCheck, String link,
            LocalDate castOn) {
        Ballot card = new Ballot(receipt, batch.editionId(), link, batch.channel(), castOn);
        card.batchId = batch.id();
        card.cardNumber = cardNumber;
        card.cardCheck = cardCheck;
        return card;
    }

    /** What staff read from the card (apart from the person) and the check of the person's data as keyed. */
    public Ballot read(String reading, String identityCheck) {
        this.keyedReading = reading;
        this.identityCheck = identityCheck;
        return this;
    }

    /** The card is stored as its person's vote: it made their mark in the voter list. */
    public Ballot asVote() {
        this.ownsVoter = true;
        return this;
    }

    /** Adds the choices in one pool, in order of preference, scored by the pool's rules. */
    public void choose(PoolRules rules, List<Long> projectIds) {
        for (int place = 0; place < projectIds.size(); place++) {
            choices.add(new Choice(this, projectIds.get(place), rules.poolId(), rules.pointsFor(place)));
        }
    }

    /** The card's marks in the pool do not count, for the reason; it counts in the other pools. */
    public void voidPool(long poolId, InvalidReason reason) {
        voids.put(poolId, reason.name());
    }

    /** The pools the card does not count in, with the reason, by pool id. */
    public Map<Long, InvalidReason> voids() {
        Map<Long, InvalidReason> voided = new TreeMap<>();
        voids.forEach((pool, reason) -> voided.put(pool, InvalidReason.valueOf(reason)));
        return voided;
    }

    /** The ballot no longer counts (e.g. its voter voted twice where all their ballots are then invalid). */
    public void invalidate(InvalidReason reason) {
        this.countedLink = null;
        this.invalidReason = reason.name();
    }

    public String receipt() {
        return receipt;
    }

    public Channel channel() {
        return channel;
    }

    public LocalDate castOn() {
        return castOn;
    }

    public InvalidReason invalidReason() {
        return invalidReason == null ? null : InvalidReason.valueOf(invalidReason);
    }

    public String link() {
        return link;
    }

    public boolean ownsVoter() {
        return ownsVoter;
    }

    /** What staff read from a card (null for an online ballot, or a card keyed before readings were kept). */
    public CardReading reading() {
        return keyedReading == null ? null : CardReading.parse(keyedReading);
    }

    public String identityCheck() {
        return identityCheck;
    }

    public Long batchId() {
        return batchId;
    }

    public Integer cardNumber() {
        return cardNumber;
    }

    public String cardCheck() {
        return cardCheck;
    }

    public List<Choice> choices() {
        return List.copyOf(choices);
    }
}
