package pl.wiec.system.support;

/**
 * Addresses on the test server, which runs on a port offset (so the demo can run beside it). Works both in the client
 * JVM (the offset is passed by the build) and inside the server (where WildFly's own property holds it).
 */
public final class TestServer {

    private TestServer() {
    }

    public static String url(String path) {
        Integer offset = Integer.getInteger("wiec.test.port.offset",
                Integer.getInteger("jboss.socket.binding.port-offset", 0));
        return "http://127.0.0.1:" + (8080 + offset) + path;
    }
}
