package pl.wiec.platform.entity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file someone chose in a form that was refused for another field, held until they send the form again: by a random
 * id, for the one who chose it only.
 */
@Entity
@Table(name = "held_upload")
public class HeldUpload {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "holder", length = 200, nullable = false)
    private String holder;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "held_at", nullable = false)
    private Instant heldAt;

    protected HeldUpload() {
    }

    public HeldUpload(String holder, String fileName, byte[] content, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.holder = holder;
        this.fileName = fileName == null || fileName.isBlank() ? "plik" : fileName.strip();
        if (this.fileName.length() > 255) {
            this.fileName = this.fileName.substring(this.fileName.length() - 255);
        }
        this.content = content.clone();
        this.heldAt = now;
    }

    public boolean heldBy(String caller) {
        return holder.equals(caller);
    }

    public String id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public byte[] content() {
        return content.clone();
    }
}
