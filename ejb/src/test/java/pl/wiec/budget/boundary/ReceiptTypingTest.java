package pl.wiec.budget.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReceiptTypingTest {

    @Test
    void aReceiptIsReadAsPeopleTypeIt() {
        assertEquals("7K2QM-4XR9B", BudgetResults.receipt("7K2QM-4XR9B"));
        assertEquals("7K2QM-4XR9B", BudgetResults.receipt("7k2qm 4xr9b"));
        assertEquals("10000-11111", BudgetResults.receipt("IOoOO-lLiI1"), "I and L read as 1, O as 0");
        assertEquals("ABC", BudgetResults.receipt("abc"), "too short stays as typed, and is unknown");
    }
}
