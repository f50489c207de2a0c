package pl.wiec.system.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import pl.wiec.signin.boundary.SignInState;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;

/** Pending sign-ins and single-use IDs, as every cluster node sees them: in the database. */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class SignInStateIT {

    @Deployment
    static EnterpriseArchive wiec() {
        return Deployments.wiecWith(SignInStateIT.class);
    }

    @Inject
    SignInState state;

    @Test
    void aRelayStateBringsBackItsRequestExactlyOnce() {
        String requestId = "_" + UUID.randomUUID();
        String relayState = state.begin(requestId, "/projekty/park", false, "binding");
        String other = state.begin("_" + UUID.randomUUID(), null, false, "binding");

        assertNotEquals(relayState, other);
        assertTrue(relayState.length() >= 40, "unguessable");
        assertEquals(requestId, state.take(relayState).orElseThrow().requestId());
        assertTrue(state.take(relayState).isEmpty(), "a replayed answer finds nothing");
        assertTrue(state.take("made-up").isEmpty());
    }

    @Test
    void anIdIsUsableOnceUntilItExpires() {
        String artifact = UUID.randomUUID().toString();
        Instant validUntil = Instant.now().plusSeconds(300);
        assertTrue(state.useOnce("artifact", artifact, validUntil));
        assertFalse(state.useOnce("artifact", artifact, validUntil), "the replay is noticed");
        assertTrue(state.useOnce("assertion", artifact, validUntil), "kinds do not collide");
    }
}
