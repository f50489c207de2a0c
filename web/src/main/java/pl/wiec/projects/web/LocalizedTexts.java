package pl.wiec.projects.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.web.Language;

/** {@code #{l10n.of(text)}}: a multilingual text in the person's language, Polish where English is missing. */
@Named("l10n")
@RequestScoped
public class LocalizedTexts {

    @Inject
    Language language;

    public String of(LocalizedText text) {
        return text == null ? null : text.in(language.getLocale());
    }

    /** The same for sanitised HTML, cleaned once more on the way out (defence in depth). */
    public String html(LocalizedText text) {
        return pl.wiec.projects.entity.RichText.sanitised(of(text));
    }
}
