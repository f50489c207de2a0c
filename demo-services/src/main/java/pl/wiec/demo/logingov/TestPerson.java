package pl.wiec.demo.logingov;

import java.time.LocalDate;
import java.util.List;

/**
 * The people the simulator can sign in, as a tester picks them. Their PESELs are made up with valid check digits; one
 * has no DateOfBirth attribute, one is 17, one reaches only the low level, as the real node's population has such
 * people. Tests that create or link accounts each use a person of their own: one PESEL is one resident for a whole run.
 */
public record TestPerson(String key, String firstName, String familyName, LocalDate dateOfBirth, String pesel,
        boolean sendsDateOfBirth, String level, String authority) {

    public static final List<TestPerson> ALL = List.of(
            new TestPerson("zofia", "Zofia", "Wiśniewska-Żak", LocalDate.of(1987, 2, 22), "87022212345", true,
                    "substantial", "pz.gov.pl"),
            new TestPerson("jan", "Jan", "Kowalski", LocalDate.of(1944, 5, 14), "44051401359", true, "high", "e-dowod"),
            new TestPerson("helena", "Helena", "Grabowska", LocalDate.of(2002, 7, 8), "02270803624", true,
                    "substantial", "bank"),
            new TestPerson("kuba", "Jakub", "Nowicki", LocalDate.of(2009, 11, 21), "09312112348", true, "substantial",
                    "pz.gov.pl"),
            new TestPerson("stefan", "Stefan", "Bez-Daty", LocalDate.of(1902, 7, 8), "02070803628", false,
                    "substantial", "pz.gov.pl"),
            new TestPerson("marek", "Marek", "Lis", LocalDate.of(1975, 10, 5), "75100503719", true, "low", "pz.gov.pl"),
            new TestPerson("ewa", "Ewa", "Zielińska", LocalDate.of(1990, 3, 15), "90031501429", true, "substantial",
                    "bank"),
            new TestPerson("anna", "Anna", "Dąbrowska", LocalDate.of(1968, 12, 1), "68120104822", true, "high",
                    "e-dowod"),
            new TestPerson("piotr", "Piotr", "Mazur", LocalDate.of(1995, 6, 30), "95063005738", true, "substantial",
                    "bank"));

    public static TestPerson byKey(String key) {
        return ALL.stream().filter(person -> person.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No test person " + key));
    }

    public String levelUri() {
        return "http://eidas.europa.eu/LoA/" + level;
    }
}
