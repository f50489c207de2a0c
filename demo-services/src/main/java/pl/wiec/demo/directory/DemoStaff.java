package pl.wiec.demo.directory;

import java.util.List;

/** The people in {@code demo-directory.ldif}, as the run command prints them for whoever tries the demo. */
public final class DemoStaff {

    /** Every demo account has this password; it is a demo, and the directory is on loopback only. */
    public static final String PASSWORD = "Wiec-demo-2026";

    public record Account(String login, String name, String wiecRole) {
    }

    public static final List<Account> ACCOUNTS = List.of(new Account("anowak", "Anna Nowak", "administrator"),
            new Account("jkowalski", "Jan Kowalski", "clerk (urzędnik)"),
            new Account("mwisniewska", "Maria Wiśniewska", "clerk (urzędnik)"),
            new Account("pzielinski", "Piotr Zieliński", "moderator (the whole platform)"),
            new Account("tlewandowski", "Tomasz Lewandowski", "moderator of the project \"Nowy bulwar nad Nettą\""),
            new Account("kwojcik", "Katarzyna Wójcik", "none: accounting staff, not in any Wiec group"));

    private DemoStaff() {
    }

    static String banner(String directoryUrl, String publicUrl) {
        StringBuilder text = new StringBuilder("\n\n=== Wiec demo: staff directory at ").append(directoryUrl)
                .append(" ===\nSign in at ").append(publicUrl).append("/backoffice/ with one of these (password: ")
                .append(PASSWORD).append("):\n");
        for (Account account : ACCOUNTS) {
            text.append(String.format("  %-12s %-20s %s%n", account.login(), account.name(), account.wiecRole()));
        }
        return text.toString();
    }
}
