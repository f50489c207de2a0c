package pl.wiec.budget.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The person has a ballot in this edition already (cast a moment ago by a double click or another device, or on paper):
 * nothing more is counted. The ballot page then shows their receipt.
 */
@ApplicationException(rollback = true)
public class AlreadyVoted extends Exception {

    private static final long serialVersionUID = 1L;

    public AlreadyVoted() {
        super("Already voted in this edition");
    }
}
