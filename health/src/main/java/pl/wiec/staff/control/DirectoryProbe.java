package pl.wiec.staff.control;

import java.util.Hashtable;

import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells whether the staff directory answers, by reading its root DSE anonymously (which both OpenLDAP and Active
 * Directory allow) with short timeouts. Used by the readiness check and by the staff sign-in page to tell "wrong
 * password" from "directory unreachable".
 */
@ApplicationScoped
public class DirectoryProbe {

    private static final String TIMEOUT_MILLIS = "3000";

    @Inject
    @ConfigProperty(name = "wiec.directory.url")
    String directoryUrl;

    public boolean isReachable() {
        Hashtable<String, String> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, directoryUrl);
        environment.put(Context.SECURITY_AUTHENTICATION, "none");
        environment.put("com.sun.jndi.ldap.connect.timeout", TIMEOUT_MILLIS);
        environment.put("com.sun.jndi.ldap.read.timeout", TIMEOUT_MILLIS);
        try {
            DirContext context = new InitialDirContext(environment);
            try {
                context.getAttributes("", new String[] { "supportedLDAPVersion" });
                return true;
            } finally {
                context.close();
            }
        } catch (NamingException | RuntimeException e) {
            return false;
        }
    }
}
