package org.cloture.ingest.fec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.cloture.ingest.fec.FecFixtures.row;
import static org.cloture.ingest.fec.FecFixtures.tabText;
import static org.cloture.ingest.fec.FecFixtures.with;
import static org.cloture.ingest.fec.FecFixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks of fec.md §4–§5 that need the lines before: dates in an entry, chronology, currency, numbering, closing. */
class FecEntryChecksTest {

    @TempDir
    Path dir;

    private final FecReader reader = new FecReader();

    @Test
    void validDateGoingBackWarnsOnTheLineThatGoesBack() throws Exception {
        FecReadResult read = read(List.of(row("1", "512000", "5,00", "0,00"), row("1", "756000", "0,00", "5,00"),
                with(row("2", "512000", "7,00", "0,00"), "ValidDate", "20230310"),
                with(row("2", "756000", "0,00", "7,00"), "ValidDate", "20230310")));

        Finding finding = only(read.findings());
        assertThat(finding.check()).isEqualTo(CheckId.FEC_VALID_DATE_ORDER);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.location().toString()).isEqualTo("fec.txt:4:ValidDate");
        assertThat(finding.value()).isEqualTo("20230310");
        assertThat(finding.message()).isEqualTo("Date de validation du 10/03/2023 antérieure à celle de la ligne "
                + "précédente (20/03/2023) : lignes hors de l'ordre de validation");
        assertThat(read.lines()).hasSize(4);
    }

    @Test
    void linesOfOneEntryWithDifferentDatesWarnOncePerColumn() throws Exception {
        FecReadResult read = read(List.of(row("1", "512000", "9,00", "0,00"),
                with(row("1", "756000", "0,00", "5,00"), "EcritureDate", "20230316"),
                with(with(row("1", "754100", "0,00", "4,00"), "EcritureDate", "20230317"), "ValidDate", "20230321")));

        assertThat(read.findings()).extracting(Finding::check, f -> f.location().toString(), Finding::value)
                .containsExactly(tuple(CheckId.FEC_ENTRY_DATES_DIFFER, "fec.txt:3:EcritureDate", "20230316"),
                        tuple(CheckId.FEC_ENTRY_DATES_DIFFER, "fec.txt:4:ValidDate", "20230321"));
        assertThat(read.findings().get(0).message()).isEqualTo(
                "Écriture BQ 1 : EcritureDate du 16/03/2023, différente de celle de sa première ligne (15/03/2023)");
        assertThat(read.findings()).noneMatch(Finding::isBlocking);
        assertThat(read.lines()).hasSize(3);
    }

    @Test
    void foreignAmountWithoutCurrencyAndTheReverseWarn() throws Exception {
        FecReadResult read = read(List.of(with(row("1", "512000", "5,00", "0,00"), "Montantdevise", "12,00"),
                with(row("1", "756000", "0,00", "5,00"), "Idevise", "USD"),
                with(row("2", "512000", "0,00", "0,00"), "Montantdevise", "0,00")));

        assertThat(read.findings()).extracting(Finding::check, f -> f.location().toString(), Finding::value,
                        Finding::severity)
                .containsExactly(tuple(CheckId.FEC_CURRENCY_INCOMPLETE, "fec.txt:2:Idevise", "12,00", Severity.WARNING),
                        tuple(CheckId.FEC_CURRENCY_INCOMPLETE, "fec.txt:3:Montantdevise", "USD", Severity.WARNING));
        assertThat(read.findings().get(0).message()).isEqualTo("Montantdevise renseigné (« 12,00 ») mais Idevise vide");
        assertThat(read.lines()).hasSize(3);
    }

    @Test
    void gapInAJournalsNumberingIsAnInfoOnTheEntryAfterIt() throws Exception {
        FecReadResult read = read(entries("BQ", "BQ000001", "BQ000002", "BQ000005", "BQ000006"));

        Finding finding = only(read.findings());
        assertThat(finding.check()).isEqualTo(CheckId.FEC_NUMBERING_GAP);
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.location().toString()).isEqualTo("fec.txt:6:EcritureNum");
        assertThat(finding.value()).isEqualTo("BQ000005");
        assertThat(finding.message())
                .isEqualTo("Numérotation du journal BQ : écritures BQ000003 à BQ000004 absentes avant BQ000005");
    }

    @Test
    void numberingPerJournalAndNumberingOverTheFileAreBothUnderstood() throws Exception {
        List<List<String>> perJournal = new ArrayList<>(entries("BQ", "1", "2", "3"));
        perJournal.addAll(entries("CA", "1", "2"));
        List<List<String>> overTheFile = new ArrayList<>(entries("BQ", "1"));
        overTheFile.addAll(entries("CA", "2"));
        overTheFile.addAll(entries("BQ", "4"));

        assertThat(read(perJournal).findings()).isEmpty();
        Finding gap = only(read(overTheFile).findings());
        assertThat(gap.location().toString()).isEqualTo("fec.txt:6:EcritureNum");
        assertThat(gap.message()).isEqualTo("Numérotation des écritures : écriture 3 absente avant 4");
    }

    @Test
    void closingEntryOfClassesSixAndSevenIsSetAsideWithAWarning() throws Exception {
        List<List<String>> rows = new ArrayList<>(List.of(row("1", "512000", "60,00", "0,00"),
                row("1", "756000", "0,00", "50,00"), row("1", "606000", "0,00", "10,00")));
        rows.add(with(row("99", "756000", "50,00", "0,00"), "JournalCode", "CL"));
        rows.add(with(row("99", "606000", "10,00", "0,00"), "JournalCode", "CL"));
        rows.add(with(row("99", "120000", "0,00", "60,00"), "JournalCode", "CL"));

        FecReadResult read = read(rows);

        Finding finding = only(read.findings());
        assertThat(finding.check()).isEqualTo(CheckId.FEC_CLOSING_ENTRY_SET_ASIDE);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.location().toString()).isEqualTo("fec.txt:5");
        assertThat(finding.message()).isEqualTo(
                "Écriture CL 99 : clôture des classes 6 et 7 vers 120000, mise de côté (3 lignes non chargées)");
        assertThat(read.rowsRead()).isEqualTo(6);
        assertThat(read.lines()).extracting(l -> l.location().row()).containsExactly(2, 3, 4);
        assertThat(read.rejected()).extracting(r -> r.location().row()).containsExactly(5, 6, 7);
        assertThat(read.rejected()).allSatisfy(r -> assertThat(r.reason()).isEqualTo(finding.message()));
        assertThat(read.rejected().get(2).rawText()).startsWith("CL\tBanque\t99\t");
    }

    @Test
    void closingEntryMixedWithOtherAccountsBlocksAndIsLoaded() throws Exception {
        FecReadResult read = read(List.of(row("1", "512000", "60,00", "0,00"), row("1", "756000", "0,00", "60,00"),
                row("2", "756000", "60,00", "0,00"), row("2", "129000", "10,00", "0,00"),
                row("2", "512000", "0,00", "70,00")));

        Finding finding = only(read.findings());
        assertThat(finding.check()).isEqualTo(CheckId.FEC_CLOSING_ENTRY_UNIDENTIFIED);
        assertThat(finding.isBlocking()).isTrue();
        assertThat(finding.location().toString()).isEqualTo("fec.txt:4");
        assertThat(finding.message()).startsWith("Écriture BQ 2 : écriture de clôture des classes 6 et 7 probable");
        assertThat(read.lines()).hasSize(5);
    }

    @Test
    void classesSixAndSevenAllSettledBlockAWholeFileButNotAPart() throws Exception {
        // Closing through a class-89 "bilan" account, as some software does: not a 6/7 → 12x entry.
        List<List<String>> rows = List.of(row("1", "512000", "50,00", "0,00"), row("1", "756000", "0,00", "60,00"),
                row("1", "606000", "10,00", "0,00"), row("2", "756000", "60,00", "0,00"),
                row("2", "606000", "0,00", "10,00"), row("2", "890000", "0,00", "50,00"));
        Path file = write(dir, "fec.txt", tabText(rows), StandardCharsets.UTF_8);

        FecReadResult whole = reader.read(file, "fec.txt");
        List<Finding> partFindings = new ArrayList<>();
        FecReadSummary part = reader.readPart(file, "fec.txt", new FecReader.Part(1, null), null, null,
                collecting(partFindings));

        Finding finding = only(whole.findings());
        assertThat(finding.check()).isEqualTo(CheckId.FEC_CLOSING_ENTRY_UNIDENTIFIED);
        assertThat(finding.location().toString()).isEqualTo("fec.txt");
        assertThat(finding.message()).startsWith("Les comptes de classes 6 et 7 sont tous soldés : ");
        assertThat(whole.lines()).hasSize(6);
        assertThat(partFindings).isEmpty();
        assertThat(part.rowsLoaded()).isEqualTo(6);
    }

    @Test
    void repetitiveFindingsAreCappedAndTheRestCounted() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int entry = 1; entry <= 120; entry++) {
            String valid = entry % 2 == 0 ? "20230310" : "20230320";
            rows.add(with(row(Integer.toString(entry), "512000", "5,00", "0,00"), "ValidDate", valid));
            rows.add(with(row(Integer.toString(entry), "756000", "0,00", "5,00"), "ValidDate", valid));
        }

        FecReadResult read = read(rows);

        assertThat(read.findings()).filteredOn(f -> f.check() == CheckId.FEC_VALID_DATE_ORDER).hasSize(50);
        assertThat(read.findings()).filteredOn(f -> f.check() == CheckId.FEC_FINDINGS_TRUNCATED).singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).isEqualTo("Lignes hors de l'ordre de validation : 10 autres cas non détaillés");
                    assertThat(f.location().toString()).isEqualTo("fec.txt");
                });
        assertThat(read.lines()).hasSize(240);
    }

    /** One balanced two-line entry per number, in the given journal. */
    private static List<List<String>> entries(String journal, String... numbers) {
        List<List<String>> rows = new ArrayList<>();
        for (String number : numbers) {
            rows.add(with(row(number, "512000", "5,00", "0,00"), "JournalCode", journal));
            rows.add(with(row(number, "756000", "0,00", "5,00"), "JournalCode", journal));
        }
        return rows;
    }

    private FecReadResult read(List<List<String>> rows) throws Exception {
        return reader.read(write(dir, "fec.txt", tabText(rows), StandardCharsets.UTF_8), "fec.txt");
    }

    private static FecLineConsumer collecting(List<Finding> findings) {
        return new FecLineConsumer() {
            @Override
            public void line(FecLine line) {
            }

            @Override
            public void rejected(RejectedLine line) {
            }

            @Override
            public void finding(Finding finding) {
                findings.add(finding);
            }
        };
    }

    private static Finding only(List<Finding> findings) {
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }
}
