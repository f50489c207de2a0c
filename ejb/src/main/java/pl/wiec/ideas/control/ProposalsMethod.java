package pl.wiec.ideas.control;

import jakarta.enterprise.context.ApplicationScoped;

import pl.wiec.projects.control.ParticipationMethod;

/**
 * The phase collects residents' proposals, each needing the phase's number of supports within its number of days. The
 * page is the ideation one, which shows each proposal's progress when the phase counts supports.
 */
@ApplicationScoped
public class ProposalsMethod implements ParticipationMethod {

    public static final String KEY = "proposals";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public boolean countsSupports() {
        return true;
    }

    @Override
    public String residentView() {
        return "/WEB-INF/methods/ideation.xhtml";
    }
}
