package pl.wiec.budget.control;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import pl.wiec.budget.entity.EditionRules;
import pl.wiec.budget.entity.Filling;
import pl.wiec.budget.entity.PoolPlan;
import pl.wiec.platform.control.PolishNumbers;

/**
 * The rules an edition is counted by, written out in Polish for the protocol and for anyone who recounts the published
 * list of ballots in a spreadsheet: how each pool is voted and scored, how projects are ranked and ties broken, how the
 * money is given, and which ballots do not count.
 */
public final class CountRules {

    private CountRules() {
    }

    public static String text(EditionRules rules, List<PoolPlan> pools) {
        List<String> lines = new ArrayList<>();
        lines.add("Każdą pulę liczy się osobno; w puli obszaru głosują tylko jego mieszkańcy.");
        for (PoolPlan pool : pools) {
            lines.add("Pula „" + pool.name().pl() + "” (" + PolishNumbers.amount(pool.amount()) + "): " + voting(pool)
                    + ".");
        }
        lines.add("Projekty w puli szereguje się według sumy punktów (głosów), od największej. Przy równej sumie o "
                + "kolejności decyduje " + tieBreak(rules) + ".");
        lines.add(
                "Kwotę puli przydziela się projektom w kolejności miejsc; projekt bez żadnego głosu nie jest wybrany. "
                        + (rules.filling() == Filling.SKIP_UNFITTING
                                ? "Projekt, którego koszt przekracza pozostałą kwotę, pomija się, a niżej sklasyfikowany tańszy"
                                        + " projekt może zostać wybrany."
                                : "Przydział kończy się na pierwszym projekcie, którego koszt przekracza pozostałą kwotę."));
        lines.add(switch (rules.conflictRule()) {
        case FIRST_COUNTS -> "Osoba, która głosowała więcej niż raz: liczy się jej pierwszy głos, kolejne są nieważne.";
        case ALL_INVALID -> "Osoba, która głosowała więcej niż raz: żaden z jej głosów nie jest ważny.";
        });
        if (rules.poolDefectVoidsPool()) {
            lines.add("Karta nieważna nie liczy się w żadnej puli (powody: brak podpisu, niepełne dane, karta pusta lub"
                    + " nieczytelna, głos w puli obszaru, w którym głosujący nie mieszka, karta doręczona po terminie,"
                    + " ponowny głos tej samej osoby). Liczba wyborów poza limitem puli (albo wybór przekraczający kwotę"
                    + " puli) unieważnia głos tylko w tej puli: karta liczy się w pozostałych pulach, a jest nieważna,"
                    + " jeśli żadna jej pula się nie liczy.");
        } else {
            lines.add("Karta nieważna nie liczy się w żadnej puli (powody: brak podpisu, niepełne dane, liczba wyborów"
                    + " poza limitem puli, karta pusta lub nieczytelna, głos w puli obszaru, w którym głosujący nie"
                    + " mieszka, karta doręczona po terminie, ponowny głos tej samej osoby).");
        }
        return String.join("\n", lines);
    }

    private static String voting(PoolPlan pool) {
        return switch (pool.method()) {
        case ONE_VOTE -> "jeden projekt, 1 punkt";
        case APPROVAL -> "od " + pool.minChoices() + " do " + pool.maxChoices() + " projektów, po 1 punkcie";
        case RANKED -> "do " + pool.points().size() + " projektów w kolejności preferencji, punkty za kolejne miejsca: "
                + pool.points().stream().map(String::valueOf).collect(Collectors.joining(", "));
        case ALLOCATION -> "dowolne projekty o łącznym koszcie nie większym niż kwota puli, po 1 punkcie";
        };
    }

    /** The tie-break as the protocol names it. */
    public static String tieBreak(EditionRules rules) {
        return switch (rules.tieBreak()) {
        case LOWER_COST -> "niższy koszt projektu, a przy równym koszcie niższy numer projektu";
        case EARLIER_SUBMISSION -> "wcześniejsze zgłoszenie (niższy numer projektu)";
        case LOT -> "losowanie: niższa wartość SHA-256 z ziarna „" + rules.lotSeed()
                + "”, dwukropka i numeru projektu (printf '%s:%d' ZIARNO NUMER | sha256sum), a przy równej wartości"
                + " niższy numer projektu";
        };
    }
}
