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
 * and day, and the area and age group the turnout is reported by.
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

    public String voterKey() {
        return voterKey;
    }

    public Channel channel() {
        return channel;
    }

}
