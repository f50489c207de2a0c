package pl.wiec.demo.logingov;

import java.time.Instant;

/** What an artifact stands for: the service's request, the person the tester picked, and the fault to play. */
record Issued(String requestId, String serviceEntityId, String acsUrl, String requestedLevel, TestPerson person,
        Fault fault, boolean cancelled, Instant authenticatedAt) {
}
