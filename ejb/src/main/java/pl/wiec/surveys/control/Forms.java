package pl.wiec.surveys.control;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.surveys.entity.Form;

/** The form of a poll or survey phase, in the caller's persistence context. Only the boundaries call it. */
@ApplicationScoped
public class Forms {

    @PersistenceContext
    EntityManager em;

    /** The phase's form; empty until its first question is written. */
    public Optional<Form> ofPhase(long phaseId) {
        return em.createQuery("select f from Form f where f.phaseId = :phase", Form.class)
                .setParameter("phase", phaseId).getResultStream().findFirst();
    }
}
