package pl.wiec.projects.entity;

import java.io.Serializable;

/** What staff write about a project: title, summary (plain text) and description (HTML, sanitised on save). */
public record ProjectTexts(LocalizedText title, LocalizedText summary, LocalizedText description)
        implements Serializable {
}
