package pl.wiec.budget.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * That a person has voted in an edition ("has voted", never what): their keyed hash, unique per edition, the channel
 * and day, and the area and age group the turnout is reported by. Where cards are matched by name and address, also the
 * keyed hash of their building and, until the result is published, their sealed identity: a clerk decides near matches
 * (one person written two ways?), and a voter merged into another is counted once.
 */
@Entity
@Table(name = "budget_voter")
public class Voter {

    @Id
    @SequenceGenerator(name = "budget_voter_seq", sequenceName = "budget_voter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_voter_seq")
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long editionId;

    @Column(name = "voter_key", nullable = false)
    private String voterKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "voted_on", nullable = false)
    private LocalDate votedOn;

    private String area;

    @Column(name = "age_group")
    private String ageGroup;

    @Column(name = "card_key")
    private String cardKey;

    @Column(name = "building_key")
    private String buildingKey;

    @Column(name = "sealed_identity")
    private String sealedIdentity;

    @Column(name = "merged_into")
    private Long mergedInto;

    protected Voter() {
    }

    public Voter(long editionId, String voterKey, String cardKey, Channel channel, LocalDate votedOn, String area,
            String ageGroup) {
        this.editionId = editionId;
        this.cardKey = cardKey;
        this.voterKey = voterKey;
        this.channel = channel;
        this.votedOn = votedOn;
        this.area = area;
        this.ageGroup = ageGroup;
    }

    /**
     * Makes the voter findable as a near match: the keyed hash of their building and their sealed name and address
     * (where cards are matched by name and address).
     */
    public Voter nearMatchable(String building, String sealed) {
        this.buildingKey = building;
        this.sealedIdentity = sealed;
        return this;
    }

    /** A clerk decided the voter is the same person as the {@code earlier} one: they are counted once. */
    public void mergeInto(Voter earlier) {
        this.mergedInto = earlier.id;
    }

    public Long id() {
        return id;
    }

    public long editionId() {
        return editionId;
    }

    public String buildingKey() {
        return buildingKey;
    }

    public String sealedIdentity() {
        return sealedIdentity;
    }

    public LocalDate votedOn() {
        return votedOn;
    }

    public String area() {
        return area;
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    public String voterKey() {
        return voterKey;
    }

    public Channel channel() {
        return channel;
    }

}
