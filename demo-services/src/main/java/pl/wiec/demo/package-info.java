/**
 * Dev-only stand-ins for what surrounds Wiec at a municipality, so that the demo and the tests exercise real protocols
 * instead of mocks: the office directory (a real LDAPv3 server) and a mail catcher (a real SMTP server that keeps what
 * Wiec sends, at {@code /demo/mail}). The login.gov.pl simulator ({@code pl.wiec.demo.logingov}) plays the national
 * node: signed AuthnRequest in, test person picked, artifact, signed SOAP ArtifactResolve answered with a signed
 * Response and an encrypted assertion, with fault switches for tests.
 *
 * <p>
 * Everything here listens on loopback only and carries fault switches that tests use (e.g. taking the directory down).
 * This WAR must never be deployed to a production server; the EAR does not contain it.
 */
package pl.wiec.demo;
