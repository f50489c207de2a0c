package pl.wiec.budget.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import pl.wiec.platform.entity.Sha256;

/**
 * One published version of an edition's result: the first publication (number 1) or a correction, with the reason staff
 * gave for it. It holds what was published with it, byte for byte: the protocol as PDF and CSV and the list of ballots
 * for a recount, with the SHA-256 of each, which the public page shows so that anyone can check a copy. A version is
 * never changed; a correction is a new one.
 */
@Entity
@Table(name = "budget_result_version")
@IdClass(ResultVersion.Key.class)
public class ResultVersion {

    /** The key: the edition and the version's number. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long editionId;
        private Integer number;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(editionId, that.editionId)
                    && Objects.equals(number, that.number);
        }

        @Override
        public int hashCode() {
            return Objects.hash(editionId, number);
        }
    }

    /** The documents published with a version. */
    public enum Document {
        PROTOCOL_PDF, PROTOCOL_CSV, BALLOTS_CSV
    }

    @Id
    @Column(name = "project_id")
    private Long editionId;

    @Id
    private Integer number;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    private String reason;

    @Column(name = "counted_ballots", nullable = false)
    private long countedBallots;

    @Column(nullable = false)
    private String rules;

    private String resolution;

    private String commission;

    @Column(name = "signed_in")
    private String signedIn;

    @Column(name = "protocol_pdf")
    private byte[] protocolPdf;

    @Column(name = "protocol_csv")
    private byte[] protocolCsv;

    @Column(name = "ballots_csv")
    private byte[] ballotsCsv;

    @Column(name = "protocol_pdf_sha256")
    private String protocolPdfSha256;

    @Column(name = "protocol_csv_sha256")
    private String protocolCsvSha256;

    @Column(name = "ballots_csv_sha256")
    private String ballotsCsvSha256;

    protected ResultVersion() {
    }

    public ResultVersion(long editionId, int number, Instant publishedAt, String publishedBy, String reason,
            long countedBallots, String rules, String resolution, String commission, String signedIn) {
        this.editionId = editionId;
        this.number = number;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.reason = reason;
        this.countedBallots = countedBallots;
        this.rules = rules;
        this.resolution = resolution;
        this.commission = commission;
        this.signedIn = signedIn;
    }

    /** Stores the documents published with the version; once only. */
    public void attach(byte[] pdf, byte[] csv, byte[] ballots) {
        if (protocolPdf != null) {
            throw new IllegalStateException("Version " + number + " already has its documents");
        }
        this.protocolPdf = pdf;
        this.protocolCsv = csv;
        this.ballotsCsv = ballots;
        this.protocolPdfSha256 = Sha256.hex(pdf);
        this.protocolCsvSha256 = Sha256.hex(csv);
        this.ballotsCsvSha256 = Sha256.hex(ballots);
    }

    public long editionId() {
        return editionId;
    }

    public int number() {
        return number;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public String reason() {
        return reason;
    }

    public long countedBallots() {
        return countedBallots;
    }

    public String rules() {
        return rules;
    }

    public String resolution() {
        return resolution;
    }

    public String signedIn() {
        return signedIn;
    }

    public String commission() {
        return commission;
    }
}
