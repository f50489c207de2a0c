package pl.wiec.web;

/** Where a sign-in may send a person back to: a path of this site, never another host (no open redirect). */
public final class LocalPath {

    private LocalPath() {
    }

    /** True for a path under {@code prefix} that cannot leave the site or climb out of the prefix. */
    public static boolean isSafe(String path, String prefix) {
        return path != null && path.length() <= 500 && path.startsWith(prefix) && path.startsWith("/")
                && !path.startsWith("//") && !path.contains("\\") && !path.contains("..")
                && path.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }
}
