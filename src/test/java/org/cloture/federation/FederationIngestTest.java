package org.cloture.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import org.cloture.config.AssociationConfig;
import org.cloture.config.AssociationConfigLoader;
import org.cloture.ingest.DropFolderIngest;
import org.cloture.membership.Member;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.store.JdbcStagingStore;
import org.cloture.store.LoadedFileQueries;
import org.cloture.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A federation's member folders are ingested like the year folder, each file tagged with its member; the
 * store's per-year queries keep reading the federation's own files only.
 */
class FederationIngestTest {

    private static final int YEAR = FederationFixture.YEAR;

    @TempDir
    Path work;

    private Path input;
    private Path year;
    private AssociationConfig config;
    private JdbcStagingStore store;
    private DropFolderIngest ingest;

    @BeforeEach
    void setUp() {
        input = FederationFixture.write(work);
        year = input.resolve(Integer.toString(YEAR));
        AssociationConfigLoader.Loaded loaded = AssociationConfigLoader.load(input);
        assertThat(loaded.findings()).isEmpty();
        config = loaded.config();
        store = TestDatabase.store(TestDatabase.create());
        ingest = new DropFolderIngest(store.loads());
    }

    @Test
    void memberFilesAreLoadedUnderTheirFolderAndTaggedWithTheirMember() {
        DropFolderIngest.YearIngest run = ingest.ingestYear(input, YEAR, config);

        assertThat(run.files()).extracting(DropFolderIngest.FileOutcome::path).containsExactly(
                FederationFixture.OWN_FEC, "adherents.csv",
                "cs-arras-ouest/" + FederationFixture.ARRAS_FEC, "cs-arras-ouest/adherents.csv",
                "cs-arras-ouest/benevolat.csv",
                "cs-fives/activites.csv", "cs-fives/adherents.csv",
                "cs-wazemmes/200000001FEC20231231.txt", "cs-wazemmes/activites.csv", "cs-wazemmes/adherents.csv",
                "cs-wazemmes/benevolat.csv");
        assertThat(store.files().memberIdsWithFiles(YEAR)).containsExactly("cs-arras-ouest", "cs-fives", "cs-wazemmes");
        assertThat(store.files().loadedFiles(YEAR, "cs-fives")).extracting(LoadedFileQueries.LoadedFile::path)
                .containsExactly("cs-fives/activites.csv", "cs-fives/adherents.csv");
        assertThat(store.registers().members(YEAR, "cs-wazemmes")).extracting(Member::memberId).containsExactly("W1", "W2", "W3");
        assertThat(store.registers().members(YEAR, "cs-wazemmes").get(0).location().file()).isEqualTo("cs-wazemmes/adherents.csv");
        assertThat(store.registers().volunteerHours(YEAR, "cs-arras-ouest")).hasSize(1);
        assertThat(store.ledger().trialBalance(YEAR, "cs-wazemmes").totalDebit()).isEqualByComparingTo("18800.00");
    }

    @Test
    void theYearQueriesKeepReadingTheFederationsOwnFilesOnly() {
        ingest.ingestYear(input, YEAR, config);

        assertThat(store.files().loadedFiles(YEAR)).extracting(LoadedFileQueries.LoadedFile::path)
                .containsExactly(FederationFixture.OWN_FEC, "adherents.csv");
        assertThat(store.registers().members(YEAR)).extracting(Member::memberId).containsExactly("F01", "F02", "F03");
        assertThat(store.registers().activities(YEAR)).isEmpty();
        assertThat(store.registers().volunteerHours(YEAR)).isEmpty();
        assertThat(store.ledger().trialBalance(YEAR).totalDebit()).isEqualByComparingTo("7000.00");
        assertThat(store.ledger().ledgerLines(YEAR)).hasSize(10);
        assertThat(store.ledger().ledgerLinesOf(YEAR, "741")).hasSize(1);
        assertThat(store.ledger().unbalancedEntries(YEAR)).isEmpty();
        assertThat(store.ledger().unbalancedEntries(YEAR, "cs-arras-ouest")).singleElement()
                .satisfies(entry -> assertThat(entry.firstLine().file())
                        .isEqualTo("cs-arras-ouest/" + FederationFixture.ARRAS_FEC));
        int[] lines = {0};
        store.ledger().forEachLedgerLine(YEAR, line -> lines[0]++);
        assertThat(lines[0]).isEqualTo(10);
        assertThat(store.ledger().auxiliaryLabels(YEAR)).isEmpty();
    }

    @Test
    void anUndeclaredFolderAndADeclaredMemberWithoutFolderAreFindingsNotErrors() {
        DropFolderIngest.YearIngest run = ingest.ingestYear(input, YEAR, config);

        assertThat(run.runFindings()).extracting(Finding::check, finding -> finding.location().file())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CheckId.MEMBER_FOLDER_UNDECLARED, "cs-inconnu/"),
                        org.assertj.core.groups.Tuple.tuple(CheckId.MEMBER_FOLDER_MISSING, "cs-lens/"));
        assertThat(run.runFindings()).noneMatch(Finding::isBlocking);
        assertThat(run.runFindings().get(1).message()).contains("Centre social de Lens", "2023",
                "données non transmises");
        // Not read: the undeclared folder, the hidden folder and the folder named like a year.
        assertThat(run.files()).extracting(DropFolderIngest.FileOutcome::path)
                .noneMatch(path -> path.startsWith("cs-inconnu/") || path.startsWith(".sync/")
                        || path.startsWith("2022/"));
    }

    @Test
    void aSecondRunReadsNothingAgainAndARemovedMemberFileIsWithdrawn() throws IOException {
        ingest.ingestYear(input, YEAR, config);

        DropFolderIngest.YearIngest again = ingest.ingestYear(input, YEAR, config);
        assertThat(again.files()).extracting(DropFolderIngest.FileOutcome::outcome)
                .containsOnly(DropFolderIngest.Outcome.UNCHANGED);

        Files.delete(year.resolve("cs-fives/activites.csv"));
        DropFolderIngest.YearIngest third = ingest.ingestYear(input, YEAR, config);
        assertThat(third.withdrawn()).containsExactly("cs-fives/activites.csv");
        assertThat(store.registers().activities(YEAR, "cs-fives")).isEmpty();
        assertThat(store.registers().members(YEAR, "cs-fives")).hasSize(2);
    }

    @Test
    void aMemberNoLongerDeclaredHasItsFilesWithdrawn() throws IOException {
        ingest.ingestYear(input, YEAR, config);
        Files.writeString(input.resolve("association.yml"), Files.readString(input.resolve("association.yml"))
                .replace("    - { id: cs-fives, name: \"Centre social de Fives\", territory: metropole-lille }\n", ""));
        AssociationConfig withoutFives = AssociationConfigLoader.load(input).config();

        DropFolderIngest.YearIngest run = ingest.ingestYear(input, YEAR, withoutFives);

        assertThat(run.withdrawn()).containsExactly("cs-fives/activites.csv", "cs-fives/adherents.csv");
        assertThat(run.runFindings()).extracting(Finding::check).contains(CheckId.MEMBER_FOLDER_UNDECLARED);
        assertThat(store.files().memberIdsWithFiles(YEAR)).doesNotContain("cs-fives");
    }

    @Test
    void aCopyInsideAMemberFolderIsADuplicateButTheSameFileInTwoMembersIsLoadedForEach() throws IOException {
        Files.copy(year.resolve("cs-wazemmes/adherents.csv"), year.resolve("cs-wazemmes/copie adherents.csv"));
        Files.copy(year.resolve("cs-fives/activites.csv"), year.resolve("cs-arras-ouest/activites.csv"));

        DropFolderIngest.YearIngest run = ingest.ingestYear(input, YEAR, config);

        assertThat(run.runFindings()).filteredOn(finding -> finding.check() == CheckId.FILE_DUPLICATE)
                .singleElement().satisfies(finding -> {
                    assertThat(finding.location().file()).isEqualTo("cs-wazemmes/copie adherents.csv");
                    assertThat(finding.message()).contains("cs-wazemmes/adherents.csv");
                });
        assertThat(store.registers().members(YEAR, "cs-wazemmes")).hasSize(3);
        assertThat(store.registers().activities(YEAR, "cs-arras-ouest")).hasSize(1);
        assertThat(store.registers().activities(YEAR, "cs-fives")).hasSize(1);
    }

    @Test
    void findingsOfAMemberFileNameTheFileInItsFolderAndAreStoredWithTheMember() throws IOException {
        Files.writeString(year.resolve("cs-fives/adherents.csv"), """
                N° adhérent;Nom;Prénom;Type;Date d'adhésion
                V1;Durand;Paul;PP;le 31 septembre
                V2;Petit;Léa;PP;01/09/2018
                """, StandardCharsets.UTF_8);

        ingest.ingestYear(input, YEAR, config);

        assertThat(store.files().fileFindings(YEAR)).isEmpty();
        assertThat(store.files().fileFindings(YEAR, "cs-fives")).filteredOn(finding -> finding.check() == CheckId.INVALID_DATE)
                .singleElement().satisfies(finding -> {
                    assertThat(finding.location().file()).isEqualTo("cs-fives/adherents.csv");
                    assertThat(finding.location().row()).isEqualTo(2);
                });
        assertThat(store.files().rejectedRows(YEAR, "cs-fives")).hasSize(1);
        assertThat(store.files().rejectedRows(YEAR)).isEmpty();
    }

    @Test
    void withoutAFederationSectionASubfolderIsIgnoredAndSaidToBe() {
        AssociationConfig association = AssociationConfig.minimal("Association", MonthDay.of(1, 1));

        DropFolderIngest.YearIngest run = ingest.ingestYear(input, YEAR, association);

        assertThat(run.files()).extracting(DropFolderIngest.FileOutcome::path)
                .containsExactly(FederationFixture.OWN_FEC, "adherents.csv");
        assertThat(run.runFindings()).extracting(Finding::check).containsOnly(CheckId.SUBFOLDER_IGNORED);
        assertThat(run.runFindings()).extracting(finding -> finding.location().file())
                .containsExactly("cs-arras-ouest/", "cs-fives/", "cs-inconnu/", "cs-wazemmes/");
        assertThat(store.files().memberIdsWithFiles(YEAR)).isEmpty();
    }
}
