package pl.wiec.demo.logingov;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The simulated node's memory: sign-ins waiting for the tester's choice, and artifacts waiting to be resolved.
 * Artifacts are single use (a second ArtifactResolve for one gets an empty answer) unless the tester chose the
 * replayable-artifact fault. In memory only: the simulator is one node on a demo or test server.
 */
@ApplicationScoped
public class NodeState {

    /** An AuthnRequest the node accepted, until the person picks who they are. */
    record Pending(String requestId, String serviceEntityId, String acsUrl, String requestedLevel, String relayState) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, Issued> artifacts = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger logouts = new java.util.concurrent.atomic.AtomicInteger();

    void loggedOut() {
        logouts.incrementAndGet();
    }

    int logouts() {
        return logouts.get();
    }

    String await(Pending request) {
        String flow = token(16);
        pending.put(flow, request);
        return flow;
    }

    Pending take(String flow) {
        return flow == null ? null : pending.remove(flow);
    }

    /** A SAML 2.0 type 0x0004 artifact: type, endpoint index, source id (SHA-1 of the issuer), random handle. */
    String issue(Issued issued) throws Exception {
        byte[] artifact = new byte[44];
        artifact[1] = 0x04;
        byte[] source = java.security.MessageDigest.getInstance("SHA-1")
                .digest(NodeAnswers.ISSUER.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        System.arraycopy(source, 0, artifact, 4, 20);
        byte[] handle = new byte[20];
        RANDOM.nextBytes(handle);
        System.arraycopy(handle, 0, artifact, 24, 20);
        String encoded = Base64.getEncoder().encodeToString(artifact);
        artifacts.put(encoded, issued);
        return encoded;
    }

    Issued resolve(String artifact) {
        if (artifact == null) {
            return null;
        }
        Issued issued = artifacts.get(artifact);
        if (issued != null && issued.fault() != Fault.REPLAYABLE_ARTIFACT) {
            artifacts.remove(artifact);
        }
        return issued;
    }

    private static String token(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
