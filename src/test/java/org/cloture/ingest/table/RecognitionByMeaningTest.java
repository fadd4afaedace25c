package org.cloture.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.cloture.membership.Member;
import org.cloture.membership.MemberKind;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registers recognised by what their headers mean, the decision shown, and what is said when they are not. */
class RecognitionByMeaningTest {

    @TempDir
    Path dir;

    private final RegisterReader reader = new RegisterReader();

    @Test
    void aRegisterTitledAsStaffTitleItIsRecognised() throws IOException {
        RegisterReadResult result = read("registre.csv", """
                Identifiant;Structure ou nom;Prénom;Inscrit le;Montant réglé;CP;Commune
                A1;Mairie de Brest;;15/01/2024;50,00;29200;Brest
                A2;Durand;Jean;1er février 2024;25 €;35000;Rennes
                """);

        assertThat(result.sheets()).singleElement().satisfies(sheet -> {
            assertThat(sheet.kind()).isEqualTo(SourceKind.MEMBERS);
            assertThat(sheet.mappings()).containsExactly(
                    new ColumnMap.Mapping("Identifiant", "id"),
                    new ColumnMap.Mapping("Structure ou nom", "name"),
                    new ColumnMap.Mapping("Prénom", "firstName"),
                    new ColumnMap.Mapping("Inscrit le", "joined"),
                    new ColumnMap.Mapping("Montant réglé", "fee"),
                    new ColumnMap.Mapping("CP", "postalCode"));
        });
        assertThat(result.members()).extracting(Member::kind)
                .containsExactly(MemberKind.LEGAL_PERSON, MemberKind.NATURAL_PERSON);
        assertThat(result.members().get(1).fee()).isEqualTo(new BigDecimal("25.00"));
        // No « type » column: the kind is inferred, and an information finding says how.
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.MEMBER_KIND_INFERRED);
            assertThat(f.message()).contains("faute de colonne « type »", "1 personne(s) morale(s)",
                    "1 personne(s) physique(s)");
        });
    }

    @Test
    void theWholeRowDecidesWhichColumnIsWhichNotTheFirstHit() throws IOException {
        // « Date » alone could be the joining date; « Date d'adhésion » says it better, « Date de paiement » is paidOn,
        // « Nom du payeur » is not the member's name and « Raison sociale » is.
        RegisterReadResult result = read("adh.csv", """
                N° adhérent;Date;Nom du payeur;Raison sociale;Date de paiement;Date d'adhésion;Cotisation 2024 (€)
                7;01/02/2024;Paul Martin;Club nautique;03/02/2024;01/01/2020;40
                """);

        assertThat(result.sheets().get(0).mappings()).containsExactly(
                new ColumnMap.Mapping("N° adhérent", "id"),
                new ColumnMap.Mapping("Raison sociale", "name"),
                new ColumnMap.Mapping("Date de paiement", "paidOn"),
                new ColumnMap.Mapping("Date d'adhésion", "joined"),
                new ColumnMap.Mapping("Cotisation 2024 (€)", "fee"));
        assertThat(result.members()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Club nautique");
            assertThat(m.joined()).isEqualTo(LocalDate.of(2020, 1, 1));
            assertThat(m.kind()).isEqualTo(MemberKind.LEGAL_PERSON);
        });
    }

    @Test
    void aKindColumnIsReadByMeaningAndAnUnreadableKindIsAFindingNamingIt() throws IOException {
        RegisterReadResult result = read("types.csv", """
                N°;Nom;Type;Date d'adhésion
                1;Ville de Lorient;Collectivité;01/01/2024
                2;Durand;particulier;01/01/2024
                3;Les Amis;ASSO;01/01/2024
                4;Petit;P.P.;01/01/2024
                5;Leroy;bienfaiteur;01/01/2024
                """);

        assertThat(result.members()).extracting(Member::kind).containsExactly(MemberKind.LEGAL_PERSON,
                MemberKind.NATURAL_PERSON, MemberKind.LEGAL_PERSON, MemberKind.NATURAL_PERSON);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.UNKNOWN_MEMBER_KIND);
            assertThat(f.value()).isEqualTo("bienfaiteur");
            assertThat(f.message()).contains("bienfaiteur");
        });
    }

    @Test
    void aPrenomNomColumnIsSplitFirstNameFirst() throws IOException {
        RegisterReadResult result = read("pn.csv", """
                Numéro;Prénom Nom;Date d'inscription
                1;Marie Curie;01/01/2024
                """);

        assertThat(result.members()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Curie");
            assertThat(m.firstName()).isEqualTo("Marie");
        });
    }

    @Test
    void aFileCloseToARegisterNamesTheMissingFieldTheClosestHeaderAndTheProfileLines() throws IOException {
        RegisterReadResult result = read("presque.csv", """
                N° adhérent;Nom;Prénom;Arrivé(e) en
                1;Durand;Jean;2019
                """);

        assertThat(result.sheets()).isEmpty();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.FILE_NEAR_MISS);
            assertThat(f.message()).contains("adhérents", "« Date d'adhésion »", "« Arrivé(e) en »",
                    "columns: { members: { \"Arrivé(e) en\": joined } }");
            assertThat(f.hint()).contains("columns:\n  members:\n    \"Arrivé(e) en\": joined");
        });
    }

    @Test
    void theProfileOfAssociationYmlStillOverridesEverything() throws IOException {
        Path file = write("profil.csv", """
                N° adhérent;Nom;Arrivé(e) en;Date
                1;Durand;01/01/2019;05/05/2024
                """);

        RegisterReadResult result = reader.read(file, "profil.csv",
                Map.of(SourceKind.MEMBERS, Map.of("Arrivé(e) en", "joined")));

        assertThat(result.members()).singleElement()
                .satisfies(m -> assertThat(m.joined()).isEqualTo(LocalDate.of(2019, 1, 1)));
    }

    @Test
    void dataWithoutAHeaderRowThatMatchesNoKnownExportSaysTheHeaderRowIsMissing() throws IOException {
        RegisterReadResult result = read("sans-entete.csv", """
                1;Durand;15/01/2024;25,00
                2;Petit;16/01/2024;30,00
                """);

        assertThat(result.sheets()).isEmpty();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.FILE_HEADER_MISSING);
            assertThat(f.location().row()).isEqualTo(1);
            assertThat(f.message()).contains("« Durand »");
        });
    }

    @Test
    void aBankHeaderDamagedByItsEncodingIsStillRead() throws IOException {
        RegisterReadResult result = read("cmut.csv", "Date;Date de valeur;D\uFFFDbit;Cr3\uFFFDdit;Libell\uFFFD;Solde\n"
                + "10/02/2024;22/02/2024;-12,50;;CB MAILCHIMP;100,00\n"
                + "11/02/2024;11/02/2024;;30,00;VIR ADHESION;130,00\n");

        assertThat(result.sheets()).singleElement().satisfies(sheet -> {
            assertThat(sheet.kind()).isEqualTo(SourceKind.BANK_STATEMENT);
            assertThat(sheet.mappings()).contains(new ColumnMap.Mapping("D\uFFFDbit", "debit"),
                    new ColumnMap.Mapping("Cr3\uFFFDdit", "credit"), new ColumnMap.Mapping("Libell\uFFFD", "label"));
        });
        assertThat(result.bankLines()).hasSize(2);
    }

    @Test
    void volunteerHoursAndActivitiesByMeaning() throws IOException {
        RegisterReadResult hours = read("heures.csv", """
                Nom du bénévole;Jour;Temps passé;Mission
                Hélène;15/03/2024;1 heure 30;Accueil
                Paul;16/03/2024;90 min;Buvette
                """);
        RegisterReadResult actions = read("actions.csv", """
                Le;Nom de l'action;Type d'action;Nb de participants;Lieu
                15/03/2024;Fête du printemps;événement;120;Brest
                """);

        assertThat(hours.volunteerEntries()).extracting(e -> e.hours().stripTrailingZeros().toPlainString())
                .containsExactly("1.5", "1.5");
        assertThat(actions.activities()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Fête du printemps");
            assertThat(a.participants()).isEqualTo(120);
        });
    }

    private RegisterReadResult read(String name, String text) throws IOException {
        return reader.read(write(name, text), name, Map.of());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @SuppressWarnings("unused")
    private static String checks(RegisterReadResult result) {
        return result.findings().stream().map(Finding::message).toList().toString();
    }
}
