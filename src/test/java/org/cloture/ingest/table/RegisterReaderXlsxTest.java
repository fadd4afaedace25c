package org.cloture.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloture.ingest.table.Workbooks.workbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Map;

import org.cloture.activity.ActivityCategory;
import org.cloture.membership.Member;
import org.cloture.membership.MemberKind;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;
import org.cloture.volunteering.VolunteerEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterReaderXlsxTest {

    private static final Object[] MEMBER_HEADERS =
            {"N° adhérent", "Nom", "Prénom", "Type", "Code postal", "Date d'adhésion", "Cotisation"};

    @TempDir
    Path dir;

    private final RegisterReader reader = new RegisterReader();

    @Test
    void readsAMembershipRegisterUnderATitleWithBlankRowsAndACorrectTotal() throws IOException {
        Path file = workbook().sheet("Adhérents",
                new Object[] {"Registre des adhérents 2023"},
                null,
                MEMBER_HEADERS,
                new Object[] {"A001", "Durand", "Marie", "PP", "59000", LocalDate.of(2019, 3, 15), 30.0},
                null,
                new Object[] {"A002", "Centre social de Wazemmes", null, "Personne morale", 1000, "15/01/2023", "150,50 €"},
                new Object[] {"A003", "Martin", "Paul", "individuel", "7500", "2023-02-01", 0.1 + 0.2},
                new Object[] {"TOTAL GÉNÉRAL", null, null, null, null, null, 180.8}).writeTo(dir.resolve("adh.xlsx"));

        RegisterReadResult result = reader.read(file, "2023/adh.xlsx", Map.of());

        assertThat(result.findings()).isEmpty();
        assertThat(result.sheets()).singleElement().satisfies(sheet -> {
            assertThat(sheet.kind()).isEqualTo(SourceKind.MEMBERS);
            assertThat(sheet.sheet()).isEqualTo("Adhérents");
            assertThat(sheet.headerRow()).isEqualTo(3);
            assertThat(sheet.rowsRead()).isEqualTo(3);
        });
        assertThat(result.members()).extracting(Member::memberId).containsExactly("A001", "A002", "A003");
        Member first = result.members().get(0);
        assertThat(first.kind()).isEqualTo(MemberKind.NATURAL_PERSON);
        assertThat(first.joined()).isEqualTo(LocalDate.of(2019, 3, 15));
        assertThat(first.fee()).isEqualTo(new BigDecimal("30.00"));
        assertThat(first.departement()).isEqualTo("59");
        assertThat(first.country()).isEqualTo("France");
        assertThat(first.location()).isEqualTo(SourceLocation.ofRow("2023/adh.xlsx", "Adhérents", 4));
        Member second = result.members().get(1);
        assertThat(second.kind()).isEqualTo(MemberKind.LEGAL_PERSON);
        assertThat(second.postalCode()).isEqualTo("01000");
        assertThat(second.departement()).isEqualTo("01");
        assertThat(second.fee()).isEqualTo(new BigDecimal("150.50"));
        assertThat(second.location().row()).isEqualTo(6);
        assertThat(result.members().get(2).fee()).isEqualTo(new BigDecimal("0.30"));
    }

    @Test
    void reportsAWrongTotalWithBothValues() throws IOException {
        Path file = workbook().sheet("Feuil1",
                MEMBER_HEADERS,
                new Object[] {"A001", "Durand", "Marie", "PP", null, LocalDate.of(2019, 3, 15), 30.0},
                new Object[] {"A002", "Petit", "Luc", "PP", null, LocalDate.of(2020, 3, 15), 20.0},
                new Object[] {"Total", null, null, null, null, null, 60.0}).writeTo(dir.resolve("adh.xlsx"));

        RegisterReadResult result = reader.read(file, "adh.xlsx", Map.of());

        assertThat(result.members()).hasSize(2);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.TOTAL_ROW_MISMATCH);
            assertThat(f.location()).isEqualTo(new SourceLocation("adh.xlsx", "Feuil1", 4, "Cotisation"));
            assertThat(f.message()).contains("60,00").contains("50,00");
        });
    }

    @Test
    void recognisesAnUnlabelledTotalOnlyAtTheBottom() throws IOException {
        Path file = workbook().sheet("Feuil1",
                MEMBER_HEADERS,
                new Object[] {"A001", "Durand", "Marie", "PP", null, LocalDate.of(2019, 3, 15), 30.0},
                new Object[] {null, null, null, null, null, null, 5.0},
                new Object[] {"A002", "Petit", "Luc", "PP", null, LocalDate.of(2020, 3, 15), 20.0},
                new Object[] {null, null, null, null, null, null, new Workbooks.Formula("SUM(G2:G4)")})
                .writeTo(dir.resolve("adh.xlsx"));

        RegisterReadResult result = reader.read(file, "adh.xlsx", Map.of());

        assertThat(result.members()).hasSize(2);
        assertThat(result.rejectedRows()).singleElement()
                .satisfies(r -> assertThat(r.location().row()).isEqualTo(3));
        assertThat(result.findings()).extracting(Finding::check).containsOnly(CheckId.REQUIRED_VALUE_MISSING);
    }

    @Test
    void pinpointsABadDateAndRejectsItsRow() throws IOException {
        Path file = workbook().sheet("Registre",
                MEMBER_HEADERS,
                new Object[] {"A001", "Durand", "Marie", "PP", null, LocalDate.of(2019, 3, 15), 30.0},
                new Object[] {"A002", "Petit", "Luc", "PP", null, "31/02/2023", 20.0}).writeTo(dir.resolve("adh.xlsx"));

        RegisterReadResult result = reader.read(file, "2023/adh.xlsx", Map.of());

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.INVALID_DATE);
            assertThat(f.location()).isEqualTo(new SourceLocation("2023/adh.xlsx", "Registre", 3, "Date d'adhésion"));
            assertThat(f.value()).isEqualTo("31/02/2023");
            assertThat(f.message()).isEqualTo("Date illisible : « 31/02/2023 »");
        });
        assertThat(result.members()).hasSize(1);
        assertThat(result.rejectedRows()).singleElement().satisfies(r -> {
            assertThat(r.location()).isEqualTo(SourceLocation.ofRow("2023/adh.xlsx", "Registre", 3));
            assertThat(r.rawText()).isEqualTo("A002;Petit;Luc;PP;;31/02/2023;20");
            assertThat(r.reason()).isEqualTo("Date illisible : « 31/02/2023 »");
        });
    }

    @Test
    void reportsMissingRequiredValuesAndUnknownKinds() throws IOException {
        Path file = workbook().sheet("Registre",
                MEMBER_HEADERS,
                new Object[] {"A001", null, "Marie", "PP", null, LocalDate.of(2019, 3, 15)},
                new Object[] {"A002", "Petit", "Luc", "bienfaiteur", null, LocalDate.of(2019, 3, 15), "douze"})
                .writeTo(dir.resolve("adh.xlsx"));

        RegisterReadResult result = reader.read(file, "adh.xlsx", Map.of());

        assertThat(result.members()).isEmpty();
        assertThat(result.findings()).extracting(Finding::check, f -> f.location().column(), Finding::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CheckId.REQUIRED_VALUE_MISSING, "Nom", null),
                        org.assertj.core.groups.Tuple.tuple(CheckId.UNKNOWN_MEMBER_KIND, "Type", "bienfaiteur"),
                        org.assertj.core.groups.Tuple.tuple(CheckId.INVALID_AMOUNT, "Cotisation", "douze"));
    }

    @Test
    void flagsDuplicateMemberIds() throws IOException {
        Path file = workbook().sheet("Registre",
                MEMBER_HEADERS,
                new Object[] {"A001", "Durand", "Marie", "PP", null, LocalDate.of(2019, 3, 15)},
                new Object[] {"A002", "Petit", "Luc", "PP", null, LocalDate.of(2019, 3, 15)},
                new Object[] {"A001", "Durand", "Marc", "PP", null, LocalDate.of(2020, 3, 15)})
                .writeTo(dir.resolve("adh.xlsx"));

        RegisterReadResult result = reader.read(file, "adh.xlsx", Map.of());

        assertThat(result.members()).extracting(Member::firstName).containsExactly("Marie", "Luc");
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.DUPLICATE_MEMBER_ID);
            assertThat(f.location()).isEqualTo(new SourceLocation("adh.xlsx", "Registre", 4, "N° adhérent"));
            assertThat(f.message()).isEqualTo("Numéro d'adhérent en double : « A001 » (déjà ligne 2)");
        });
    }

    @Test
    void flagsAMemberIdAlreadyUsedOnAnotherSheetOfTheWorkbook() throws IOException {
        Path file = workbook()
                .sheet("Anciens",
                        MEMBER_HEADERS,
                        new Object[] {"A001", "Durand", "Marie", "PP", null, LocalDate.of(2019, 3, 15)},
                        new Object[] {"A002", "Petit", "Luc", "PP", null, LocalDate.of(2019, 3, 15)})
                .sheet("Nouveaux",
                        MEMBER_HEADERS,
                        new Object[] {"A003", "Roux", "Léa", "PP", null, LocalDate.of(2023, 1, 5)},
                        new Object[] {"A002", "Petit", "Lucien", "PP", null, LocalDate.of(2023, 2, 5)})
                .writeTo(dir.resolve("adh.xlsx"));

        RegisterReadResult result = reader.read(file, "adh.xlsx", Map.of());

        assertThat(result.members()).extracting(Member::memberId).containsExactly("A001", "A002", "A003");
        assertThat(result.sheets()).extracting(SheetResult::rowsRead, SheetResult::loaded)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 2), org.assertj.core.groups.Tuple.tuple(2, 1));
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.DUPLICATE_MEMBER_ID);
            assertThat(f.location()).isEqualTo(new SourceLocation("adh.xlsx", "Nouveaux", 3, "N° adhérent"));
            assertThat(f.message())
                    .isEqualTo("Numéro d'adhérent en double : « A002 » (déjà ligne 3 de la feuille « Anciens »)");
        });
        assertThat(result.rejectedRows()).singleElement()
                .satisfies(r -> assertThat(r.location()).isEqualTo(SourceLocation.ofRow("adh.xlsx", "Nouveaux", 3)));
    }

    @Test
    void readsSeveralSourcesFromOneWorkbookAndSkipsHiddenSheets() throws IOException {
        Path file = workbook()
                .sheet("Actions",
                        new Object[] {"Date", "Intitulé", "Catégorie", "Participants", "Recettes", "Fait marquant"},
                        new Object[] {LocalDate.of(2023, 5, 23), "Assemblée générale", "AG", 42, 0.0, "oui"},
                        new Object[] {"12 juin 2023", "Pique-nique", "Convivialité", "12", "120,00", "x"},
                        new Object[] {"1er juillet 2023", "Salon du livre", "Salon", "beaucoup", null, null})
                .sheet("Bénévolat",
                        new Object[] {"Bénévole", "N° adhérent", "Date", "Heures", "Mission"},
                        new Object[] {"Marie Durand", "A001", LocalDate.of(2023, 3, 15), LocalTime.of(3, 30), "Salon"},
                        new Object[] {"Paul Martin", null, "mars 2023", "3h20", null},
                        new Object[] {"Luc Petit", null, "2023-04", 2.5, null},
                        new Object[] {"Total", null, null, "9h20", null})
                .hiddenSheet("Brouillon", new Object[] {"N° adhérent", "Nom", "Type", "Date d'adhésion"})
                .writeTo(dir.resolve("tout.xlsx"));

        RegisterReadResult result = reader.read(file, "tout.xlsx", Map.of());

        assertThat(result.sheets()).extracting(SheetResult::kind)
                .containsExactly(SourceKind.ACTIVITIES, SourceKind.VOLUNTEERING);
        assertThat(result.activities()).hasSize(3);
        assertThat(result.activities().get(0).category()).isEqualTo(ActivityCategory.AG);
        assertThat(result.activities().get(0).highlight()).isTrue();
        assertThat(result.activities().get(0).participants()).isEqualTo(42);
        assertThat(result.activities().get(1).category()).isEqualTo(ActivityCategory.AUTRE);
        assertThat(result.activities().get(1).rawCategory()).isEqualTo("Convivialité");
        assertThat(result.activities().get(1).income()).isEqualTo(new BigDecimal("120.00"));
        assertThat(result.activities().get(2).participants()).isNull();
        assertThat(result.volunteerEntries()).extracting(VolunteerEntry::hours)
                .containsExactly(new BigDecimal("3.5000"), new BigDecimal("3.3333"), new BigDecimal("2.5000"));
        assertThat(result.volunteerEntries().get(0).date()).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(result.volunteerEntries().get(1).month()).isEqualTo(YearMonth.of(2023, 3));
        assertThat(result.volunteerEntries().get(2).month()).isEqualTo(YearMonth.of(2023, 4));
        // Findings come in the order they are met: the hidden sheet is the last one of the workbook.
        assertThat(result.findings()).extracting(Finding::check).containsExactly(
                CheckId.UNKNOWN_ACTIVITY_CATEGORY, CheckId.INVALID_NUMBER, CheckId.SHEET_HIDDEN);
        assertThat(result.findings().get(1).location())
                .isEqualTo(new SourceLocation("tout.xlsx", "Actions", 4, "Participants"));
        assertThat(result.findings().get(2).location())
                .isEqualTo(new SourceLocation("tout.xlsx", "Brouillon", null, null));
    }

    @Test
    void reportsUnrecognisedHeadersWithWhatWasFoundAndExpected() throws IOException {
        Path file = workbook().sheet("Feuil1",
                new Object[] {"Produit", "Prix", "Stock"},
                new Object[] {"Stylo", 1.5, 12}).writeTo(dir.resolve("stock.xlsx"));

        RegisterReadResult result = reader.read(file, "stock.xlsx", Map.of());

        assertThat(result.sheets()).isEmpty();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.FILE_UNRECOGNISED);
            assertThat(f.location()).isEqualTo(new SourceLocation("stock.xlsx", "Feuil1", null, null));
            assertThat(f.message()).contains("« Produit », « Prix », « Stock »")
                    .contains("adhérents (N° adhérent, Nom, Date d'adhésion)")
                    .contains("bénévolat (Bénévole, Date, Heures)");
        });
    }

    @Test
    void usesTheAssociationsMappingProfile() throws IOException {
        Path file = workbook().sheet("Feuil1",
                new Object[] {"Réf.", "Nom", "Statut adhérent", "Entrée", "Cotis. payée"},
                new Object[] {"7", "Durand", "PP", LocalDate.of(2019, 3, 15), "25"}).writeTo(dir.resolve("x.xlsx"));
        Map<SourceKind, Map<String, String>> profile = Map.of(SourceKind.MEMBERS,
                Map.of("Réf.", "id", "Statut adhérent", "kind", "Entrée", "joined", "Cotis. payée", "cotisation"));

        RegisterReadResult result = reader.read(file, "x.xlsx", profile);

        assertThat(result.findings()).isEmpty();
        assertThat(result.members()).singleElement().satisfies(m -> {
            assertThat(m.memberId()).isEqualTo("7");
            assertThat(m.fee()).isEqualTo(new BigDecimal("25.00"));
        });
    }

    @Test
    void garbageRenamedXlsxIsOneUnreadableFinding() throws IOException {
        Path file = dir.resolve("adherents.xlsx");
        Files.write(file, new byte[] {0x13, 0x37, 0x42, 0x00, 0x7f, 0x01, 0x02, 0x03, 0x04, 0x05});

        RegisterReadResult result = reader.read(file, "adherents.xlsx", Map.of());

        assertThat(result.sheets()).isEmpty();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.FILE_UNREADABLE);
            assertThat(f.location()).isEqualTo(SourceLocation.ofFile("adherents.xlsx"));
        });
    }

    @Test
    void aTruncatedZipIsOneUnreadableFinding() throws IOException {
        Path good = workbook().sheet("Feuil1", MEMBER_HEADERS).writeTo(dir.resolve("good.xlsx"));
        byte[] bytes = Files.readAllBytes(good);
        Path file = Files.write(dir.resolve("broken.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        RegisterReadResult result = reader.read(file, "broken.xlsx", Map.of());

        assertThat(result.findings()).extracting(Finding::check).containsExactly(CheckId.FILE_UNREADABLE);
    }

    @Test
    void anEncryptedOrLegacyWorkbookIsUnreadableWithAReason() throws IOException {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        Path file = Files.write(dir.resolve("protege.xlsx"), ole2);

        RegisterReadResult result = reader.read(file, "protege.xlsx", Map.of());

        assertThat(result.findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("mot de passe"));
    }

    @Test
    void anUnknownExtensionIsReportedAsUnsupported() throws IOException {
        Path file = Files.writeString(dir.resolve("vieux.numbers"), "x");

        RegisterReadResult result = reader.read(file, "vieux.numbers", Map.of());

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.FILE_UNSUPPORTED);
            assertThat(f.message()).isEqualTo("Fichier ignoré : format non pris en charge (.numbers)");
        });
    }

    @Test
    void aHeaderWithoutRowsIsAnEmptySheet() throws IOException {
        Path file = workbook().sheet("Feuil1", MEMBER_HEADERS).writeTo(dir.resolve("vide.xlsx"));

        RegisterReadResult result = reader.read(file, "vide.xlsx", Map.of());

        assertThat(result.findings()).extracting(Finding::check).containsExactly(CheckId.FILE_EMPTY);
    }
}
