package pl.wiec.budget.entity;

import java.io.Serializable;
import java.time.Instant;

/**
 * A published version: its number (1 for the first publication, then one per correction), when, why (null for the
 * first), the rules it was counted by, and the SHA-256 of each document published with it (null for a version published
 * before documents were stored).
 */
public record Publication(int number, Instant publishedAt, String reason, String rules, String protocolPdfSha256,
        String protocolCsvSha256, String ballotsCsvSha256) implements Serializable {

    public boolean isCorrection() {
        return number > 1;
    }
}
