package pl.wiec.budget.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.budget.boundary.AlreadyVoted;
import pl.wiec.budget.boundary.BallotPaper;
import pl.wiec.budget.boundary.BallotPaper.PoolOnBallot;
import pl.wiec.budget.boundary.BallotRejected;
import pl.wiec.budget.boundary.Ballots;
import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.VotingMethod;
import pl.wiec.projects.boundary.NotAllowed;
import pl.wiec.projects.control.Eligibility.Refusal;
import pl.wiec.projects.entity.Action;
import pl.wiec.projects.web.Refusals;
import pl.wiec.web.LocalPath;
import pl.wiec.web.Texts;

/**
 * {@code budget/ballot.xhtml?project=N}: a person's ballot in a budget edition. Every pool they may vote in is a
 * fieldset with its rule in plain words; the choices are checked in the browser as they are made (ballot.js) and again
 * by the boundary, whose verdict, per pool, is shown beside the pool with nothing the person chose lost. After casting,
 * and on every later visit, the page shows the receipt instead of the form.
 */
@Named
@ViewScoped
public class BallotPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Ballots ballots;

    private Long project;
    private BallotPaper paper;
    private List<PoolChoice> choices = new ArrayList<>();
    private String justCast;
    private String address;
    private String addressProblem;

    public void load() {
        Optional<BallotPaper> found = project == null ? Optional.empty() : ballots.paper(project);
        if (found.isEmpty()) {
            Faces.responseSendError(404, "No such budget edition");
            Faces.responseComplete();
            return;
        }
        paper = found.get();
        choices = new ArrayList<>(paper.pools().stream().filter(PoolOnBallot::mine)
                .filter(pool -> !pool.projects().isEmpty()).map(PoolChoice::new).toList());
    }

    /** Casts the ballot; on a refusal or a broken rule, says what and where, keeping every choice made. */
    public String cast() {
        Map<Long, List<Long>> chosen = new LinkedHashMap<>();
        Map<String, String[]> parameters = Faces.getRequestParameterValuesMap();
        choices.forEach(choice -> {
            choice.readFrom(parameters);
            choice.problem = null;
            chosen.put(choice.pool.pool().id(), choice.chosen());
        });
        addressProblem = null;
        if (address != null && address.strip().length() > Ballots.ADDRESS_MAX) {
            addressProblem = Texts.text("ballot.problem.ADDRESS_TOO_LONG", Ballots.ADDRESS_MAX);
            Texts.error("ballot.rejected");
            return null;
        }
        try {
            justCast = ballots.cast(project, chosen, address);
            paper = paper.voted(justCast);
            Texts.info("ballot.cast", justCast);
            return null;
        } catch (NotAllowed e) {
            Texts.errorText(refusalText(e.refusal()));
        } catch (AlreadyVoted e) {
            paper = ballots.paper(project).orElseThrow();
            Texts.error("ballot.alreadyVoted");
        } catch (BallotRejected e) {
            choices.forEach(choice -> choice.problem = e.problems().get(choice.pool.pool().id()));
            if (e.problems().containsKey(BallotRejected.ADDRESS)) {
                addressProblem = Texts.text("ballot.problem.ADDRESS_MISSING");
            }
            if (e.problems().containsKey(BallotRejected.WHOLE)) {
                Texts.error("ballot.problem.EMPTY");
            } else {
                Texts.error("ballot.rejected");
            }
        }
        return null;
    }

    public String refusalText(Refusal refusal) {
        if (refusal == Refusal.PHASE_CLOSED) {
            return paper.votingFrom() == null ? Texts.text("ballot.closed.noDates")
                    : Texts.text("ballot.closed", paper.votingFrom(), paper.votingUntil());
        }
        return Refusals.of(Action.VOTE, refusal, paper.rule());
    }

    public String problemText(PoolChoice choice) {
        return choice.problem == null ? null
                : Texts.text("ballot.problem." + choice.problem.name(), choice.pool.pool().minChoices(),
                        choice.pool.pool().maxChoices(), Money.format(choice.pool.pool().amount()));
    }

    public boolean isAllocation(PoolChoice choice) {
        return choice.pool.pool().method() == VotingMethod.ALLOCATION;
    }

    public String cost(BudgetProject project) {
        return Money.format(project.cost());
    }

    public String getSignInUrl() {
        return LocalPath.signInReturningTo(Faces.getRequestContextPath(),
                Faces.getRequestContextPath() + "/budget/ballot.xhtml?project=" + project);
    }

    /** Pools the person may not vote in (another area's), named so they know why they are missing. */
    public List<PoolOnBallot> getOtherPools() {
        return paper.pools().stream().filter(pool -> !pool.mine()).toList();
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public BallotPaper getPaper() {
        return paper;
    }

    public List<PoolChoice> getChoices() {
        return choices;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getAddressProblem() {
        return addressProblem;
    }

    public String getJustCast() {
        return justCast;
    }
}
