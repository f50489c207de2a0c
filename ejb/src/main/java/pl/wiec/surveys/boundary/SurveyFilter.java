package pl.wiec.surveys.boundary;

import java.io.Serializable;
import java.time.LocalDate;

import pl.wiec.residents.entity.Gender;

/**
 * Which responses a survey's results count (a cross-filter): those that chose an option of one of its choice questions
 * (online or offline alike), and, from the respondents' accounts, a gender, an age group, an area of residence (online
 * responses only: a paper form has no account). Any part may be null; {@link #NONE} counts every response.
 */
public record SurveyFilter(Long optionId, Gender gender, AgeGroup age, String area) implements Serializable {

    public static final SurveyFilter NONE = new SurveyFilter(null, null, null, null);

    /** Fewer responses than this in a filtered view are not shown, so that no one's answers can be picked out. */
    public static final int SMALLEST_GROUP = 5;

    public boolean isNone() {
        return optionId == null && !byAccount();
    }

    /** Whether it filters by the respondents' accounts (so only online responses remain). */
    public boolean byAccount() {
        return gender != null || age != null || area != null && !area.isBlank();
    }

    /** Age groups, in completed years on the day the results are read. */
    public enum AgeGroup {
        UNDER_18(0, 17), FROM_18_TO_29(18, 29), FROM_30_TO_44(30, 44), FROM_45_TO_59(45, 59), FROM_60_TO_74(60, 74),
        FROM_75(75, 150);

        private final int youngest;
        private final int oldest;

        AgeGroup(int youngest, int oldest) {
            this.youngest = youngest;
            this.oldest = oldest;
        }

        public int youngest() {
            return youngest;
        }

        public int oldest() {
            return oldest;
        }

        /** The first birthday of someone of the group's oldest age today. */
        public LocalDate bornFrom(LocalDate today) {
            return today.minusYears(oldest + 1L).plusDays(1);
        }

        /** The last birthday of someone of the group's youngest age today. */
        public LocalDate bornTo(LocalDate today) {
            return today.minusYears(youngest);
        }
    }
}
