package pl.wiec.budget.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The budget of one year, attached to the project whose phases are its stages (same id). Its pools are replaced as a
 * whole from the edition page; a pool that already has projects stays (it may be renamed and re-amounted, not removed).
 */
@Entity
@Table(name = "budget_edition")
public class Edition {

    @Id
    @Column(name = "project_id")
    private Long projectId;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "conflict_rule", nullable = false)
    private ConflictRule conflictRule;

    @Enumerated(EnumType.STRING)
    @Column(name = "tie_break", nullable = false)
    private TieBreak tieBreak;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Filling filling;

    @Column(name = "lot_seed")
    private String lotSeed;

    @Column(name = "online_channel", nullable = false)
    private boolean onlineChannel;

    @Column(name = "paper_channel", nullable = false)
    private boolean paperChannel;

    @Column(name = "post_channel", nullable = false)
    private boolean postChannel;

    @Column(name = "requires_pesel", nullable = false)
    private boolean requiresPesel;

    @Column(nullable = false)
    private int supporters;

    /** The ballot boxes' places, one per line. */
    @Column(length = 4000)
    private String places;

    @Column(name = "appeal_days", nullable = false)
    private int appealDays = 7;

    @Column(name = "pool_defect_voids_pool", nullable = false)
    private boolean poolDefectVoidsPool;

    @Column(name = "rekey_required", nullable = false)
    private boolean rekeyRequired;

    @Column(name = "published_at")
    private Instant publishedAt;

    @OneToMany(mappedBy = "edition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Pool> pools = new ArrayList<>();

    protected Edition() {
    }

    public Edition(long projectId, EditionRules rules) {
        this.projectId = projectId;
        configure(rules);
    }

    public void configure(EditionRules rules) {
        this.conflictRule = rules.conflictRule();
        this.tieBreak = rules.tieBreak();
        this.filling = rules.filling();
        this.lotSeed = rules.lotSeed();
        this.onlineChannel = rules.channels().contains(Channel.ONLINE);
        this.paperChannel = rules.channels().contains(Channel.PAPER);
        this.postChannel = rules.channels().contains(Channel.POST);
        this.requiresPesel = rules.requiresPesel();
        this.supporters = rules.supporters();
        this.places = rules.places().isEmpty() ? null : String.join("\n", rules.places());
        this.appealDays = rules.appealDays();
        this.poolDefectVoidsPool = rules.poolDefectVoidsPool();
        this.rekeyRequired = rules.rekeyRequired();
    }

    /**
     * Replaces the pools by the plans, in their order: a plan with the id of an existing pool changes it, one without
     * adds a pool, and an existing pool without a plan is removed, unless it is in {@code inUse}.
     *
     * @throws IllegalStateException
     *             when a pool in use would be removed
     */
    public void replacePools(List<PoolPlan> plans, Set<Long> inUse) {
        Map<Long, Pool> existing = new HashMap<>();
        pools.forEach(pool -> existing.put(pool.id(), pool));
        List<Pool> replaced = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            PoolPlan plan = plans.get(i);
            Pool pool = plan.id() == null ? null : existing.remove(plan.id());
            if (pool == null) {
                pool = new Pool(this, i, plan);
            } else {
                pool.apply(i, plan);
            }
            replaced.add(pool);
        }
        for (Long removed : existing.keySet()) {
            if (inUse.contains(removed)) {
                throw new IllegalStateException("Pool " + removed + " has projects and cannot be removed");
            }
        }
        pools.clear();
        pools.addAll(replaced);
    }

    public void publish(Instant at) {
        this.publishedAt = at;
    }

    public long projectId() {
        return projectId;
    }

    public long version() {
        return version;
    }

    public EditionRules rules() {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (onlineChannel) {
            channels.add(Channel.ONLINE);
        }
        if (paperChannel) {
            channels.add(Channel.PAPER);
        }
        if (postChannel) {
            channels.add(Channel.POST);
        }
        return new EditionRules(channels, conflictRule, tieBreak, lotSeed, filling, requiresPesel, supporters,
                places == null ? List.of() : List.of(places.split("\n")), appealDays, poolDefectVoidsPool,
                rekeyRequired);
    }

    public List<Pool> pools() {
        return List.copyOf(pools);
    }

    public Optional<Pool> pool(long poolId) {
        return pools.stream().filter(pool -> pool.id() != null && pool.id() == poolId).findFirst();
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }
}
