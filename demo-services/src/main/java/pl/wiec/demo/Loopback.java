package pl.wiec.demo;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The demo services answer only callers on this machine: their switches and mailboxes are for tests and demos. */
public final class Loopback {

    private Loopback() {
    }

    /** True if the caller is on loopback; otherwise answers 403 and returns false. */
    public static boolean allows(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String caller = request.getRemoteAddr();
        if (caller.startsWith("127.") || "0:0:0:0:0:0:0:1".equals(caller) || "::1".equals(caller)) {
            return true;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return false;
    }
}
