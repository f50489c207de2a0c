package pl.wiec.moderation.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A word that holds a post for review; matched case-insensitively as a whole word or the start of one. */
@Entity
@Table(name = "blocked_word")
public class BlockedWord {

    @Id
    private String word;

    protected BlockedWord() {
    }

    public BlockedWord(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
