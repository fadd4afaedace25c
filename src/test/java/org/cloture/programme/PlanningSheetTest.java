package org.cloture.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cloture.source.CheckFamily;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A planning sheet dropped in the coming year's folder, recognised by its headers whatever their wording, and the
 * findings its rows give: an action without a date, a date that cannot be read, a date outside the coming year,
 * a target count without its unit.
 */
class PlanningSheetTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 12, 31);

    @TempDir
    Path input;

    private List<PlannedAction> actions;
    private List<Finding> findings;

    private void read(String fileName, String content) throws IOException {
        Path coming = Files.createDirectories(input.resolve("2026"));
        Files.createDirectories(input.resolve("2025"));
        Files.writeString(coming.resolve(fileName), content, StandardCharsets.UTF_8);
        ProgrammeSources.Read read = ProgrammeSources.read(input, 2025, List.of(), Map.of());
        PlanningChecks.Checked checked = PlanningChecks.check(read.actions(), FIRST, LAST);
        actions = checked.actions();
        findings = new java.util.ArrayList<>(read.findings());
        findings.addAll(checked.findings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Axe;Action;Dates;Lieu;Partenaires;Objectif;Unité",
            "Axe stratégique;Action prévue;Période;Lieux;Partenariats;Objectif chiffré;Unités",
            "PROJET;ACTIONS;CALENDRIER;VILLE;PARTENAIRE;QUANTITÉ;UNITÉ",
            "Thématique;Opération;Échéance;Commune;Partners;Cible;Unit"})
    void recognisesThePlanningWhateverTheWordingOfItsHeaders(String headers) throws IOException {
        read("plan.csv", headers + "\n"
                + "Numériser les collections;Campagnes de prises de vue;T2 2026;Lille;DRAC;11;campagnes\n"
                + "Numériser les collections;Mise en ligne des notices;mai 2026;;POP;1 500;notices\n");
        assertThat(actions).extracting(PlannedAction::action)
                .containsExactly("Campagnes de prises de vue", "Mise en ligne des notices");
        assertThat(actions.get(0).period().label()).isEqualTo("2e trimestre 2026");
        assertThat(actions.get(0).target()).isEqualByComparingTo("11");
        assertThat(actions.get(1).target()).isEqualByComparingTo("1500");
        assertThat(actions.get(1).unit()).isEqualTo("notices");
        assertThat(findings).isEmpty();
    }

    @Test
    void aPlannedActionWithoutADateIsAWarningNamingItsRow() throws IOException {
        read("planning.csv", "Axe;Action;Date;Objectif;Unité\n"
                + "Vie associative;Assemblée générale;30/05/2026;60;participants\n"
                + "Vie associative;Séminaire du conseil;;;\n");
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.PLANNED_ACTION_UNDATED);
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.check().family()).isEqualTo(CheckFamily.PROGRAMME);
            assertThat(finding.message()).contains("Séminaire du conseil", "sans date");
            assertThat(finding.location().file()).isEqualTo("2026/planning.csv");
            assertThat(finding.location().row()).isEqualTo(3);
        });
        // The action stays in the programme: a finding never removes a row.
        assertThat(actions).hasSize(2);
    }

    @Test
    void aDateOutsideTheComingYearIsAWarning() throws IOException {
        read("planning.csv", "Axe;Action;Dates\n"
                + "Publications;Guide des musées;mars 2027\n"
                + "Publications;Lettre d'information;décembre 2025\n"
                + "Publications;Catalogue;du 15/12/2026 au 15/01/2027\n"
                + "Publications;Affiches;juin\n");
        assertThat(findings).extracting(Finding::check).containsOnly(CheckId.PLANNED_ACTION_OUTSIDE_YEAR);
        assertThat(findings).extracting(Finding::message).satisfiesExactly(
                message -> assertThat(message).contains("Guide des musées", "mars 2027", "2026"),
                message -> assertThat(message).contains("Lettre d'information", "décembre 2025"),
                message -> assertThat(message).contains("Catalogue", "du 15 décembre 2026 au 15 janvier 2027"));
    }

    @Test
    void aDateThatCannotBeReadIsAWarningWithTheValue() throws IOException {
        read("planning.csv", "Axe;Action;Dates\nRéseau;Visite d'étude;selon disponibilités\n");
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.PLANNED_DATE_UNREADABLE);
            assertThat(finding.value()).isEqualTo("selon disponibilités");
        });
        assertThat(actions.get(0).period()).isNull();
    }

    @Test
    void aTargetWithoutItsUnitIsAWarning() throws IOException {
        read("planning.csv", "Axe;Action;Dates;Objectif;Unité\n"
                + "Numérisation;Campagnes;T2;11;\n"
                + "Numérisation;Notices;T3;environ 2 000 notices;\n"
                + "Numérisation;Photographies;T4;300;\n"
                + "Numérisation;Tous les musées;2026;tous les musées du réseau;\n");
        assertThat(findings).extracting(Finding::check).containsExactly(CheckId.PLANNED_TARGET_WITHOUT_UNIT,
                CheckId.PLANNED_TARGET_WITHOUT_UNIT);
        assertThat(findings).extracting(finding -> finding.location().row()).containsExactly(2, 4);
        assertThat(actions.get(1).unit()).isEqualTo("notices");
        assertThat(actions.get(1).target()).isEqualByComparingTo("2000");
        // An objective in words is no count: it is kept as text, without a finding.
        assertThat(actions.get(3).target()).isNull();
        assertThat(actions.get(3).description()).contains("tous les musées du réseau");
    }

    @Test
    void theActivityLogRowsOfTheComingYearArePlannedActionsByCategory() throws IOException {
        read("activites.csv", "Date;Intitulé;Catégorie;Lieu;Participants\n"
                + "14/03/2026;Rencontre des médiateurs;Rencontre;Arras;25\n"
                + "20/11/2025;Conseil d'administration;CA;Lille;12\n");
        ProgrammeSources.Read read = ProgrammeSources.read(input, 2025, List.of(), Map.of());
        List<PlannedAction> fromLog = ComingYearPlan.fromActivityLog(read.activities(), FIRST, LAST);
        assertThat(fromLog).singleElement().satisfies(action -> {
            assertThat(action.action()).isEqualTo("Rencontre des médiateurs");
            assertThat(action.axis()).isEqualTo("Rencontre");
            assertThat(action.unit()).isEqualTo("participants");
            assertThat(action.target()).isEqualByComparingTo("25");
        });
    }

    @Test
    void anAxisWrittenOnceOnAHeadingRowHoldsForTheActionsBelowIt() throws IOException {
        read("planning.csv", "Axe;Action;Dates;Objectif;Unité\n"
                + ";Accueil des nouveaux adhérents;janvier;;\n"
                + "Faire connaître le réseau;;;;\n"
                + ";Guide des musées;mars;5000;exemplaires\n"
                + ";Nuit des musées;16/05/2026;12;musées\n"
                + "Former les équipes;Atelier conservation;printemps;3;ateliers\n"
                + ";Formation inventaire;octobre;12;stagiaires\n");
        assertThat(findings).isEmpty();
        assertThat(ComingYearPlan.byAxis(actions)).extracting(ComingYear.Axis::name)
                .containsExactly("Autres actions", "Faire connaître le réseau", "Former les équipes");
        assertThat(ComingYearPlan.byAxis(actions)).extracting(axis -> axis.actions().size()).containsExactly(1, 2, 2);
    }

    @Test
    void aRegisterOfTheComingYearIsNotReadAsAPlanNorReportedHere() throws IOException {
        read("adherents.csv", "N° adhérent;Nom;Type;Date d'adhésion\nA1;Musée de la Lys;PM;12/01/2026\n");
        assertThat(actions).isEmpty();
        assertThat(findings).isEmpty();
    }
}
