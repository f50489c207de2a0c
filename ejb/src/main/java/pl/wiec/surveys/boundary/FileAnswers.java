package pl.wiec.surveys.boundary;

import java.io.Serializable;
import java.util.List;

import pl.wiec.offline.entity.ResponseChannel;

/** A page of the files sent in answer to a file question, newest first, and how many there are in all. */
public record FileAnswers(long total, List<Sent> files) implements Serializable {

    /** One file and the channel its response came through. */
    public record Sent(AttachedFile file, ResponseChannel channel) implements Serializable {
    }
}
