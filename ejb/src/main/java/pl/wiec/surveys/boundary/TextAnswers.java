package pl.wiec.surveys.boundary;

import java.io.Serializable;
import java.util.List;

/** A page of a question's text answers (those containing the words searched for), and how many there are in all. */
public record TextAnswers(long total, List<Written> answers) implements Serializable {

    /** One answer and the channel it came through. */
    public record Written(String text, pl.wiec.offline.entity.ResponseChannel channel) implements Serializable {
    }
}
