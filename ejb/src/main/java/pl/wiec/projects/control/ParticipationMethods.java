package pl.wiec.projects.control;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Every participation method deployed, found by key. */
@Named("participationMethods")
@ApplicationScoped
public class ParticipationMethods {

    @Inject
    @Any
    Instance<ParticipationMethod> methods;

    public List<ParticipationMethod> all() {
        return methods.stream().sorted(Comparator.comparing(ParticipationMethod::key)).toList();
    }

    public Optional<ParticipationMethod> byKey(String key) {
        return methods.stream().filter(method -> method.key().equals(key)).findFirst();
    }

    /** The message key of a method's name; that of the key itself for a method no longer deployed. */
    public String labelKey(String key) {
        return byKey(key).map(ParticipationMethod::labelKey).orElse("method." + key);
    }

    /** The view of a method for the project page; the information view for a method no longer deployed. */
    public String residentView(String key) {
        return byKey(key).map(ParticipationMethod::residentView).orElse("/WEB-INF/methods/information.xhtml");
    }
}
