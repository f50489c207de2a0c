package pl.wiec.budget.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.budget.boundary.BatchSummary;
import pl.wiec.budget.boundary.BudgetEditions;
import pl.wiec.budget.boundary.CardEntry;
import pl.wiec.budget.boundary.CardOutcome;
import pl.wiec.budget.boundary.CardRejected;
import pl.wiec.budget.boundary.KeyingDifference;
import pl.wiec.budget.boundary.PaperBallots;
import pl.wiec.budget.boundary.RekeyRefused;
import pl.wiec.budget.entity.Batch;
import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.CardIdentity;
import pl.wiec.budget.entity.CardReading;
import pl.wiec.budget.entity.Channel;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.InvalidReason;
import pl.wiec.budget.entity.Pool;
import pl.wiec.budget.entity.ProjectStatus;
import pl.wiec.platform.entity.TypedNumbers;
import pl.wiec.web.Texts;

/**
 * {@code backoffice/budget-batch.xhtml?batch=N}: keying paper cards, keyboard first. One form per card in the order the
 * card reads (name, address, PESEL, the numbers marked in each pool, the verdict), Enter saves it, the form empties and
 * the cursor goes back to the first field; what became of the card is announced. A keying mistake keeps everything
 * typed and names the field. In a re-key batch the same form, with the card's number first, compares instead.
 */
@Named
@ViewScoped
public class CardEntryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PaperBallots paper;

    @Inject
    pl.wiec.budget.boundary.Rekeying rekeying;

    @Inject
    BudgetEditions editions;

    @Inject
    pl.wiec.municipality.boundary.Taxonomy taxonomy;

    private Long batch;
    private BatchSummary summary;
    private transient Edition edition;
    private List<BudgetProject> onBallot = List.of();
    private Integer cardNumber;
    private String firstName;
    private String familyName;
    private String address;
    private String pesel;
    private LocalDate receivedOn;
    private Map<Long, String> marks = new LinkedHashMap<>();
    private InvalidReason invalid;
    private Long area;
    private transient List<Map.Entry<Long, String>> areas;
    private String lastOutcome;
    private Integer correcting;
    private List<KeyingDifference> differences = List.of();

    public void load() {
        Optional<BatchSummary> found = batch == null ? Optional.empty() : paper.batch(batch);
        if (found.isEmpty()) {
            Faces.responseSendError(404, "No such batch");
            Faces.responseComplete();
            return;
        }
        summary = found.get();
        onBallot = editions.projects(summary.batch().editionId(), ProjectStatus.ADMITTED);
        refreshDifferences();
    }

    private void refreshDifferences() {
        differences = summary.batch().isRekey() || !summary.batch().isClosed() ? List.of()
                : rekeying.differences(batch);
    }

    /** Opens the card form to key a card keyed differently anew, filled with the second keying's marks. */
    public void startCorrecting(KeyingDifference difference) {
        clear();
        correcting = difference.cardNumber();
        CardReading second = difference.second();
        if (second != null) {
            second.numbers().forEach((pool, numbers) -> marks.put(pool,
                    numbers.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))));
            invalid = second.invalid();
            area = second.area();
            receivedOn = second.receivedOn();
        }
    }

    public void cancelCorrecting() {
        correcting = null;
        clear();
    }

    /** The first keying stands: checked against the paper by someone who did not key the batch. */
    public void confirmFirst(KeyingDifference difference) {
        try {
            if (rekeying.confirmFirst(difference.rekeyBatchId(), difference.cardNumber())) {
                Texts.info("paper.difference.firstRight", difference.cardNumber());
            } else {
                Texts.error("paper.difference.gone");
            }
        } catch (CardRejected e) {
            Texts.error("paper.problem.SAME_KEYER");
        }
        refreshDifferences();
    }

    /** A reading as staff read it: the numbers per pool, the verdict, the area, the day a postal card came. */
    public String describe(CardReading reading) {
        if (reading == null) {
            return Texts.text("paper.reading.unknown");
        }
        List<String> parts = new java.util.ArrayList<>();
        reading.numbers()
                .forEach((pool, numbers) -> parts.add(getEdition().pool(pool).map(p -> p.plan().name().pl()).orElse("?")
                        + ": "
                        + numbers.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))));
        if (parts.isEmpty()) {
            parts.add(Texts.text("paper.reading.noMarks"));
        }
        if (reading.invalid() != null) {
            parts.add(Texts.text("paper.reading.invalid", Texts.text("invalid." + reading.invalid().name())));
        }
        if (reading.area() != null) {
            parts.add(Texts.text("paper.reading.area", taxonomy.areaNames().getOrDefault(reading.area(), "?")));
        }
        if (reading.receivedOn() != null) {
            parts.add(Texts.text("paper.reading.receivedOn", reading.receivedOn().toString()));
        }
        return String.join(" · ", parts);
    }

    public void save() {
        CardEntry entry;
        try {
            entry = new CardEntry(new CardIdentity(firstName, familyName, address, pesel), receivedOn, numbers(),
                    invalid, area);
        } catch (IllegalArgumentException notNumbers) {
            Faces.validationFailed();
            return;
        }
        try {
            if (summary.batch().isRekey()) {
                if (cardNumber == null || cardNumber < 1) {
                    Texts.fieldError("cardNumber", "paper.cardNumber.required");
                    Faces.validationFailed();
                    return;
                }
                boolean same = rekeying.rekey(batch, cardNumber, entry);
                lastOutcome = Texts.text(same ? "paper.rekey.same" : "paper.rekey.different", cardNumber);
            } else if (correcting != null) {
                lastOutcome = Texts.text("paper.corrected", describe(paper.correct(batch, correcting, entry)));
                correcting = null;
            } else {
                lastOutcome = describe(paper.enter(batch, entry));
            }
            Texts.info("paper.outcome", lastOutcome);
            clear();
        } catch (CardRejected e) {
            e.problems().forEach((field, problem) -> {
                String clientId = field.matches("\\d+") ? "pool-" + field : field;
                if ("batch".equals(field) || "cardNumber".equals(field) && !summary.batch().isRekey()) {
                    Texts.error("paper.problem." + problem.name());
                } else {
                    Texts.fieldError(clientId, "paper.problem." + problem.name());
                }
            });
            Faces.validationFailed();
        }
        summary = paper.batch(batch).orElseThrow();
        refreshDifferences();
    }

    public void close() {
        paper.close(batch);
        summary = paper.batch(batch).orElseThrow();
        Texts.info("paper.closed");
    }

    public String rekey() {
        try {
            Batch rekey = rekeying.openRekey(batch);
            return "/backoffice/budget-batch?faces-redirect=true&batch=" + rekey.id();
        } catch (RekeyRefused e) {
            Texts.error("paper.rekey.refused");
            return null;
        }
    }

    private String describe(CardOutcome outcome) {
        if (outcome.counted() && !outcome.voids().isEmpty()) {
            return Texts.text("paper.countedExcept", outcome.cardNumber(), outcome.voids().entrySet().stream()
                    .map(voided -> getEdition().pool(voided.getKey()).map(pool -> pool.plan().name().pl()).orElse("")
                            + " (" + Texts.text("invalid." + voided.getValue().name()) + ")")
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        if (outcome.counted()) {
            return Texts.text("paper.counted", outcome.cardNumber());
        }
        String reason = Texts.text("invalid." + outcome.invalid().name());
        return outcome.earlier() == null ? Texts.text("paper.invalid", outcome.cardNumber(), reason) : Texts.text(
                "paper.duplicate", outcome.cardNumber(), reason, Texts.text("channel." + outcome.earlier().name()));
    }

    /** The marks typed per pool ("2", "2, 5", "3 1 4") as numbers; a field with anything else is named. */
    private Map<Long, List<Integer>> numbers() {
        Map<Long, List<Integer>> numbers = new LinkedHashMap<>();
        boolean valid = true;
        for (Map.Entry<Long, String> typed : marks.entrySet()) {
            try {
                numbers.put(typed.getKey(), TypedNumbers.parse(typed.getValue()));
            } catch (NumberFormatException e) {
                Texts.fieldError("pool-" + typed.getKey(), "paper.marks.invalid");
                valid = false;
            }
        }
        if (!valid) {
            throw new IllegalArgumentException("Marks that are not numbers");
        }
        return numbers;
    }

    private void clear() {
        cardNumber = null;
        firstName = null;
        familyName = null;
        address = null;
        pesel = null;
        area = null;
        invalid = null;
        marks = new LinkedHashMap<>();
    }

    private Edition getEdition() {
        if (edition == null) {
            edition = editions.edition(summary.batch().editionId()).orElseThrow();
        }
        return edition;
    }

    /** The areas with a pool of their own, which staff tell from the card's address. */
    public List<Map.Entry<Long, String>> getAreas() {
        if (areas == null) {
            java.util.Set<Long> pooled = getPools().stream().map(Pool::areaId).filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.toSet());
            areas = pooled.isEmpty() ? List.of()
                    : taxonomy.areaNames().entrySet().stream().filter(a -> pooled.contains(a.getKey())).toList();
        }
        return areas;
    }

    public Long getArea() {
        return area;
    }

    public void setArea(Long area) {
        this.area = area;
    }

    public List<Pool> getPools() {
        return getEdition().pools();
    }

    public List<BudgetProject> projectsOf(Pool pool) {
        return onBallot.stream().filter(item -> item.poolId() == pool.id()).toList();
    }

    public boolean isPeselRequired() {
        return getEdition().rules().requiresPesel();
    }

    public boolean isPost() {
        return summary.batch().channel() == Channel.POST;
    }

    public boolean isMine() {
        return summary.batch().enteredBy().equals(Faces.getRemoteUser());
    }

    public List<InvalidReason> getReasons() {
        return java.util.Arrays.stream(InvalidReason.values()).filter(InvalidReason::isChosenByStaff).toList();
    }

    public BatchSummary getSummary() {
        return summary;
    }

    public Long getBatch() {
        return batch;
    }

    public void setBatch(Long batch) {
        this.batch = batch;
    }

    public Integer getCardNumber() {
        return cardNumber;
    }

    public void setCardNumber(Integer cardNumber) {
        this.cardNumber = cardNumber;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPesel() {
        return pesel;
    }

    public void setPesel(String pesel) {
        this.pesel = pesel;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public Map<Long, String> getMarks() {
        return marks;
    }

    public InvalidReason getInvalid() {
        return invalid;
    }

    public void setInvalid(InvalidReason invalid) {
        this.invalid = invalid;
    }

    public Integer getCorrecting() {
        return correcting;
    }

    public List<KeyingDifference> getDifferences() {
        return differences;
    }

    public String getLastOutcome() {
        return lastOutcome;
    }
}
