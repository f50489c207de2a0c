package pl.wiec.platform.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import pl.wiec.platform.entity.HeldUpload;
import pl.wiec.platform.entity.StoredFile;

/**
 * Files chosen in a form that was refused for another field (a title too long, a description missing): held in the
 * database, so that a person who corrects the field does not choose the file again, whichever node answers them, and no
 * session carries megabytes. Only someone signed in holds a file (every form with a file asks for that), and only they
 * take it back; what nobody takes is forgotten after {@link #KEPT}.
 */
@Stateless
@PermitAll
public class HeldUploads {

    public static final Duration KEPT = Duration.ofDays(1);
    private static final String ANONYMOUS = "anonymous";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** Holds the file for the caller; its id, or empty for someone not signed in (nothing is held for them). */
    public Optional<String> hold(@Size(max = 1000) String fileName,
            @NotNull @Size(min = 1, max = StoredFile.MAX_BYTES) byte[] content) {
        String caller = caller();
        if (caller == null) {
            return Optional.empty();
        }
        HeldUpload held = new HeldUpload(caller, fileName, content, Instant.now(Clock.systemUTC()));
        em.persist(held);
        return Optional.of(held.id());
    }

    /** The caller's held file's bytes; empty when it is not theirs or no longer held. */
    public Optional<byte[]> content(@NotNull @Size(max = 36) String id) {
        return mine(id).map(HeldUpload::content);
    }

    /** Forgets the caller's held file (stored elsewhere now, or not wanted). */
    public void drop(@NotNull @Size(max = 36) String id) {
        mine(id).ifPresent(em::remove);
    }

    /** Hourly on every node; deleting what is too old twice deletes it once. */
    @Schedule(minute = "17", hour = "*", persistent = false)
    void forgetOld() {
        em.createQuery("delete from HeldUpload h where h.heldAt < :before")
                .setParameter("before", Instant.now(Clock.systemUTC()).minus(KEPT)).executeUpdate();
    }

    private Optional<HeldUpload> mine(String id) {
        String caller = caller();
        return Optional.ofNullable(caller == null ? null : em.find(HeldUpload.class, id))
                .filter(held -> held.heldBy(caller));
    }

    private String caller() {
        String name = context.getCallerPrincipal().getName();
        return name == null || ANONYMOUS.equals(name) ? null : name;
    }
}
