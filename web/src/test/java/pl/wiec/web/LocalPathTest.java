package pl.wiec.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathTest {

    @ParameterizedTest
    @ValueSource(strings = { "/account/profile.xhtml", "/projects/park.xhtml?tab=ideas" })
    void pathsOfThisSiteAreFollowed(String path) {
        assertTrue(LocalPath.isSafe(path, "/"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "//evil.example/", "https://evil.example/", "/\\evil.example", "/account/../backoffice/",
            "/a\r\nSet-Cookie: x=y", "relative.xhtml" })
    void anythingThatCouldLeaveTheSiteIsNot(String path) {
        assertFalse(LocalPath.isSafe(path, "/"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/account/profile.xhtml", "/backofficeX/" })
    void aPrefixKeepsThePathInsideIt(String path) {
        assertFalse(LocalPath.isSafe(path, "/backoffice/"));
    }
}
