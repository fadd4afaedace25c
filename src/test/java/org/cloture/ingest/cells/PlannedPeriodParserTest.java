package org.cloture.ingest.cells;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.cloture.programme.PlannedPeriod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The dates of a planning sheet as planners write them: days, spans, months, quarters, semesters, seasons. */
class PlannedPeriodParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            12/05/2026                  | 2026-05-12 | 2026-05-12 | 12 mai 2026
            2026-05-12                  | 2026-05-12 | 2026-05-12 | 12 mai 2026
            1er mars 2026               | 2026-03-01 | 2026-03-01 | 1er mars 2026
            le 3 juin                   | 2026-06-03 | 2026-06-03 | 3 juin 2026
            du 12 au 14 mai 2026        | 2026-05-12 | 2026-05-14 | du 12 au 14 mai 2026
            12-14 mai                   | 2026-05-12 | 2026-05-14 | du 12 au 14 mai 2026
            12/05/2026 au 14/05/2026    | 2026-05-12 | 2026-05-14 | du 12 au 14 mai 2026
            02/03/2026 - 15/04/2026     | 2026-03-02 | 2026-04-15 | du 2 mars 2026 au 15 avril 2026
            mars 2026                   | 2026-03-01 | 2026-03-31 | mars 2026
            Mars                        | 2026-03-01 | 2026-03-31 | mars 2026
            en octobre                  | 2026-10-01 | 2026-10-31 | octobre 2026
            03/2026                     | 2026-03-01 | 2026-03-31 | mars 2026
            sept. 2026                  | 2026-09-01 | 2026-09-30 | septembre 2026
            mai-juin 2026               | 2026-05-01 | 2026-06-30 | de mai à juin 2026
            de mai à juin               | 2026-05-01 | 2026-06-30 | de mai à juin 2026
            T2 2026                     | 2026-04-01 | 2026-06-30 | 2e trimestre 2026
            q4                          | 2026-10-01 | 2026-12-31 | 4e trimestre 2026
            2e trimestre 2026           | 2026-04-01 | 2026-06-30 | 2e trimestre 2026
            premier trimestre           | 2026-01-01 | 2026-03-31 | 1er trimestre 2026
            1er semestre 2026           | 2026-01-01 | 2026-06-30 | 1er semestre 2026
            S2                          | 2026-07-01 | 2026-12-31 | 2e semestre 2026
            second semestre 2026        | 2026-07-01 | 2026-12-31 | 2e semestre 2026
            printemps 2026              | 2026-03-01 | 2026-05-31 | printemps 2026
            à l'automne                 | 2026-09-01 | 2026-11-30 | automne 2026
            Été 2026                    | 2026-06-01 | 2026-08-31 | été 2026
            toute l'année               | 2026-01-01 | 2026-12-31 | toute l'année 2026
            2026                        | 2026-01-01 | 2026-12-31 | toute l'année 2026
            mars 2027                   | 2027-03-01 | 2027-03-31 | mars 2027
            """)
    void readsThePeriodAsWritten(String written, LocalDate start, LocalDate end, String label) {
        PlannedPeriod period = PlannedPeriodParser.parse(written, 2026).orElseThrow();
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.label()).isEqualTo(label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"à définir", "selon disponibilités", "prochainement", "TBD", "32/13/2026",
            "du 14 au 12 mai 2026"})
    void saysNothingOfTextsThatAreNoDate(String written) {
        assertThat(PlannedPeriodParser.parse(written, 2026)).isEmpty();
    }

    /** Any day written in any usual notation is read as that day. */
    @Property
    void anyDayInAnyNotationIsThatDay(@ForAll @IntRange(min = 0, max = 3000) int offset,
                                      @ForAll @IntRange(min = 0, max = 3) int notation) {
        LocalDate day = LocalDate.of(2025, 1, 1).plusDays(offset);
        String pattern = switch (notation) {
            case 0 -> "dd/MM/yyyy";
            case 1 -> "yyyy-MM-dd";
            case 2 -> "d MMMM yyyy";
            default -> "d/M/yyyy";
        };
        String written = DateTimeFormatter.ofPattern(pattern, Locale.FRENCH).format(day);
        PlannedPeriod period = PlannedPeriodParser.parse(written, 2026).orElseThrow();
        assertThat(period.start()).isEqualTo(day);
        assertThat(period.end()).isEqualTo(day);
    }
}
