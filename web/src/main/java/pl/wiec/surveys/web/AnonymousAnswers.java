package pl.wiec.surveys.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.SessionScoped;

import pl.wiec.surveys.entity.Answer;

/**
 * What someone not signed in has answered of surveys open to anyone, kept in their session only (nothing about them is
 * stored until they send): per survey phase the answers, the page they are on, the key that makes their response count
 * once, and whether they sent it. Closing the browser forgets it all.
 */
@SessionScoped
public class AnonymousAnswers implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Long, Map<Long, Answer>> answers = new HashMap<>();
    private final Map<Long, Integer> pages = new HashMap<>();
    private final Map<Long, String> keys = new HashMap<>();
    private final Set<Long> sent = new HashSet<>();

    public synchronized Map<Long, Answer> of(long phase) {
        return new LinkedHashMap<>(answers.getOrDefault(phase, Map.of()));
    }

    public synchronized void keep(long phase, Map<Long, Answer> kept, int page) {
        Map<Long, Answer> all = new LinkedHashMap<>(kept);
        all.values().removeIf(Answer::isEmpty);
        answers.put(phase, all);
        pages.put(phase, page);
    }

    public synchronized int page(long phase) {
        return pages.getOrDefault(phase, 0);
    }

    /** The key of this session's response to the survey (the same until it is sent). */
    public synchronized String key(long phase) {
        return keys.computeIfAbsent(phase, p -> UUID.randomUUID().toString());
    }

    public synchronized void sent(long phase) {
        sent.add(phase);
        answers.remove(phase);
        pages.remove(phase);
    }

    public synchronized boolean isSent(long phase) {
        return sent.contains(phase);
    }

    public synchronized void forget(long phase) {
        answers.remove(phase);
        pages.remove(phase);
    }
}
