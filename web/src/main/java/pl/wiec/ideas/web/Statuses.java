package pl.wiec.ideas.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import pl.wiec.ideas.boundary.Ideas;
import pl.wiec.ideas.entity.IdeaStatus;
import pl.wiec.web.Language;

/** {@code #{ideaStatuses.label(key)}}, {@code colour(key)}, {@code all}: the installation's idea statuses. */
@Named("ideaStatuses")
@RequestScoped
public class Statuses {

    @Inject
    Ideas ideas;

    @Inject
    Language language;

    private Map<String, IdeaStatus> byKey;
    private List<IdeaStatus> all;

    public List<IdeaStatus> getAll() {
        if (all == null) {
            all = ideas.statuses();
            byKey = all.stream().collect(Collectors.toMap(IdeaStatus::key, Function.identity()));
        }
        return all;
    }

    /** The statuses staff set and residents filter by: all but "merged", which only merging sets. */
    public List<IdeaStatus> getChoosable() {
        return getAll().stream().filter(status -> !IdeaStatus.MERGED.equals(status.key())).toList();
    }

    public String label(String key) {
        getAll();
        IdeaStatus status = byKey.get(key);
        return status == null ? key : status.label(language.getLocale());
    }

    public String colour(String key) {
        getAll();
        IdeaStatus status = byKey.get(key);
        return status == null ? "#4a4a4a" : status.colour();
    }
}
