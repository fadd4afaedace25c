package org.cloture.yearend;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cloture.figures.FigureSource;
import org.cloture.figures.KeyFigures;
import org.cloture.figures.KeyFiguresCalculator;
import org.cloture.figures.YearInputs;
import org.cloture.ledger.TrialBalance;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;
import org.cloture.statements.StatementLayouts;
import org.cloture.store.LoadedFileQueries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each key figure with its source absent, unreadable (or not recognised), and present but counting zero: only
 * the last prints 0; the others are null with the reason.
 */
class UnknownIsNotZeroTest {

    private static final int YEAR = 2023;

    static Stream<Arguments> figures() {
        return KeyFigures.SOURCE_OF.entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    @ParameterizedTest(name = "{0} ({1}) absent")
    @MethodSource("figures")
    void aFigureWhoseSourceIsAbsentIsUnknownWithTheReason(String figure, FigureSource source) {
        KeyFigures figures = compute(List.of(otherFiles(source)), List.of(), source != FigureSource.ACCOUNTS);

        assertThat(figures.headline().get(figure)).isNull();
        assertThat(figures.unavailableReason(figure)).hasValueSatisfying(reason ->
                assertThat(reason).startsWith("aucun").contains(Integer.toString(YEAR)));
        assertThat(figures.explanation(figure)).hasValueSatisfying(explanation ->
                assertThat(explanation.value()).isEqualTo("non disponible"));
    }

    @ParameterizedTest(name = "{0} ({1}) unreadable")
    @MethodSource("figures")
    void aFigureWhoseSourceIsUnreadableIsUnknownAndNamesTheFile(String figure, FigureSource source) {
        List<LoadedFileQueries.LoadedFile> files = source == FigureSource.ACCOUNTS ? List.of(otherFiles(source))
                : List.of(otherFiles(source), file("registre.xlsx", source.name()));
        List<Finding> findings = List.of(Finding.of(CheckId.FILE_UNREADABLE, SourceLocation.ofFile(
                source == FigureSource.ACCOUNTS ? "FEC.txt" : "registre.xlsx"), null, "le contenu est endommagé"));

        KeyFigures figures = compute(files, findings, source != FigureSource.ACCOUNTS);

        assertThat(figures.headline().get(figure)).isNull();
        assertThat(figures.unavailableReason(figure)).hasValueSatisfying(reason ->
                assertThat(reason).containsAnyOf("registre.xlsx", "FEC.txt"));
    }

    @ParameterizedTest(name = "{0} ({1}) not recognised")
    @MethodSource("figures")
    void aFigureWhoseSourceWasNotRecognisedIsUnknownAndNamesTheFile(String figure, FigureSource source) {
        List<Finding> findings = List.of(Finding.of(CheckId.SPREADSHEET_UNRECOGNISED,
                SourceLocation.ofFile("Musée de la Mine — adhérents 2023.xlsx"), null));

        KeyFigures figures = compute(List.of(otherFiles(source)), findings, source != FigureSource.ACCOUNTS);

        assertThat(figures.headline().get(figure)).isNull();
        assertThat(figures.unavailableReason(figure)).hasValueSatisfying(reason ->
                assertThat(reason).contains("non reconnu", "Musée de la Mine — adhérents 2023.xlsx"));
    }

    @ParameterizedTest(name = "{0} ({1}) present, zero")
    @MethodSource("figures")
    void aFigureWhoseSourceWasReadAndCountsZeroIsZero(String figure, FigureSource source) {
        List<LoadedFileQueries.LoadedFile> all = List.of(file("tout.xlsx", "ACTIVITIES,MEMBERS,VOLUNTEERING"));

        KeyFigures figures = compute(all, List.of(), true);

        assertThat(figures.unavailableReason(figure)).isEmpty();
        assertThat(new BigDecimal(figures.headline().get(figure).toString())).isZero();
    }

    /** The loaded files holding every source but {@code missing}. */
    private static LoadedFileQueries.LoadedFile otherFiles(FigureSource missing) {
        String kinds = String.join(",", Stream.of("MEMBERS", "ACTIVITIES", "VOLUNTEERING")
                .filter(kind -> !kind.equals(missing.name())).toList());
        return file("autres.xlsx", kinds);
    }

    private static LoadedFileQueries.LoadedFile file(String path, String kinds) {
        return new LoadedFileQueries.LoadedFile(path, "0".repeat(64), kinds, 0, 0, 0);
    }

    private static KeyFigures compute(List<LoadedFileQueries.LoadedFile> files, List<Finding> findings,
                                      boolean hasLedger) {
        LocalDate start = LocalDate.of(YEAR, 1, 1);
        TrialBalance ledger = TrialBalance.of(List.of());
        var income = hasLedger ? StatementLayouts.standard().forFiscalYearStart(start).compute(ledger, null,
                List.of(), List.of()).incomeStatement() : null;
        Map<FigureSource, String> unread = SourceAvailability.unread(YEAR, files, findings, hasLedger);
        return KeyFiguresCalculator.compute(new YearInputs(YEAR, start, LocalDate.of(YEAR, 12, 31), List.of(),
                List.of(), List.of(), new BigDecimal("12.50"), BigDecimal.ZERO, income, hasLedger ? ledger : null,
                unread));
    }
}
