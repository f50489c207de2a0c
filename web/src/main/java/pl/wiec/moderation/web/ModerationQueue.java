package pl.wiec.moderation.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.moderation.boundary.Moderation;
import pl.wiec.moderation.entity.ModerationCase;
import pl.wiec.platform.boundary.InvalidInput;
import pl.wiec.web.Texts;

/** {@code backoffice/moderation.xhtml}: the open cases with hide (reason required) and restore; the blocked words. */
@Named
@ViewScoped
public class ModerationQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Moderation moderation;

    private transient List<ModerationCase> cases;
    private final Map<Long, String> reasons = new HashMap<>();
    private String words;

    @PostConstruct
    void load() {
        words = String.join("\n", moderation.words());
    }

    public List<ModerationCase> getCases() {
        if (cases == null) {
            cases = moderation.queue();
        }
        return cases;
    }

    public void hide(ModerationCase decided) {
        String reason = reasons.get(decided.id());
        if (reason == null || reason.isBlank()) {
            Texts.error("moderation.reasonRequired");
            return;
        }
        moderation.hide(decided.id(), reason);
        reasons.remove(decided.id());
        cases = null;
        Texts.info("moderation.hidden");
    }

    public void restore(ModerationCase decided) {
        moderation.restore(decided.id());
        cases = null;
        Texts.info("moderation.restored");
    }

    public void saveWords() {
        List<String> saved;
        try {
            saved = moderation.replaceWords(words == null ? List.of() : Arrays.asList(words.split("\\R")));
        } catch (InvalidInput tooLong) {
            Texts.fieldError("blockedWords", "moderation.words.tooLong", Moderation.WORD_MAX);
            Faces.validationFailed();
            return;
        }
        words = String.join("\n", saved);
        Texts.info("moderation.wordsSaved", saved.size());
    }

    /** Where residents see the content: the idea page (for a comment, its idea's page). */
    public String linkOf(ModerationCase item) {
        return item.contentType() == pl.wiec.moderation.entity.ContentType.IDEA ? "/idea.xhtml?id=" + item.contentId()
                : "/project.xhtml?id=" + item.projectId();
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public boolean isMayChangeWords() {
        return moderation.mayChangeWords();
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }
}
