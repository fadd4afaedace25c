package org.cloture.ingest.header;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderWordsTest {

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', value = {
            "N° adhérent|numero adherent",
            "  NUMÉRO   D'ADHÉRENT |numero adherent",
            "Nom & prénom|nom et prenom",
            "Montant (€)|montant",
            "Cotisation versée (EUR) 2024|cotisation versee",
            "Date d'adhésion|date adhesion",
            "Structure / nom|structure nom",
            "Nb participants|nombre participants",
            "Inscrit le|inscrit date",
            "DÃ©bit|debit",
            "Cœur de métier|coeur metier",
    })
    void keepsTheWordsThatCarryTheMeaning(String header, String words) {
        // « et » is a filler: « Nom & prénom » keeps the two words that matter.
        assertThat(HeaderWords.of(header).toString()).isEqualTo(words.replace(" et ", " "));
    }

    @Test
    void aLetterLostToTheEncodingMatchesAnyLetter() {
        HeaderWords credit = HeaderWords.of("Cr3\uFFFDdit");
        HeaderWords debit = HeaderWords.of("D\uFFFDbit");

        assertThat(credit.words()).containsExactly("cr?dit");
        assertThat(WordPattern.parse("credit").matchedWords(credit)).isEqualTo(1);
        assertThat(WordPattern.parse("debit").matchedWords(debit)).isEqualTo(1);
        assertThat(WordPattern.parse("debit").matchedWords(credit)).isZero();
    }

    @Test
    void patternsMatchWordsInAnyOrderWithPluralsAndPrefixes() {
        assertThat(WordPattern.parse("date adhesion").matchedWords(HeaderWords.of("Adhésion (date)"))).isEqualTo(2);
        assertThat(WordPattern.parse("participant").matchedWords(HeaderWords.of("Participants"))).isEqualTo(1);
        assertThat(WordPattern.parse("adher*").matchedWords(HeaderWords.of("Adhérente"))).isEqualTo(1);
        assertThat(WordPattern.parse("nom").matchedWords(HeaderWords.of("Prénom"))).isZero();
    }

    @Test
    void exclusionsRuleAFieldOut() {
        FieldVocabulary name = HeaderVocabulary.builtIn().field("MEMBERS", "name");

        assertThat(name.score(HeaderWords.of("Nom"))).isEqualTo(1.0);
        assertThat(name.score(HeaderWords.of("Raison sociale"))).isEqualTo(1.0);
        assertThat(name.score(HeaderWords.of("Dénomination"))).isEqualTo(1.0);
        assertThat(name.score(HeaderWords.of("Prénom"))).isZero();
        assertThat(name.score(HeaderWords.of("Nom du payeur"))).isZero();
        assertThat(name.score(HeaderWords.of("Nom de la commune"))).isZero();
    }

    @Test
    void theBestAssignmentGivesEachFieldTheColumnThatSuitsTheWholeRowBest() {
        // Field 0 prefers column 0 slightly, but field 1 can only use column 0: the best total gives 0 → 1.
        double[][] scores = {{0.9, 0.8}, {0.7, 0}};

        assertThat(BestAssignment.columnOfEachField(scores)).containsExactly(1, 0);
        assertThat(BestAssignment.columnOfEachField(new double[][] {{0, 0}, {0.5, 0}})).containsExactly(-1, 0);
        assertThat(BestAssignment.columnOfEachField(new double[][] {{0.4}, {0.6}, {0.2}})).containsExactly(-1, 0, -1);
    }

    @Test
    void aWordCutShortWithADotOrADegreeStandsForTheWordsItBegins() {
        assertThat(HeaderWords.of("Prén.").words()).containsExactly("pren.");
        assertThat(WordPattern.parse("prenom").matchedWords(HeaderWords.of("Prén."))).isEqualTo(1);
        assertThat(WordPattern.parse("participants").matchedWords(HeaderWords.of("Particip."))).isEqualTo(1);
        assertThat(WordPattern.parse("cotisation").matchedWords(HeaderWords.of("Cotis° payée"))).isEqualTo(1);
        assertThat(WordPattern.parse("adher*").matchedWords(HeaderWords.of("Réf. adh."))).isEqualTo(1);
        // A word written in full keeps its meaning with a stray dot; without the mark, « Nom » is not « Nombre ».
        assertThat(WordPattern.parse("tel").matchedWords(HeaderWords.of("Tél."))).isEqualTo(1);
        assertThat(WordPattern.parse("nombre").matchedWords(HeaderWords.of("Nom"))).isZero();
        // Too short to say anything, and « N° » is still a number.
        assertThat(WordPattern.parse("adherent").matchedWords(HeaderWords.of("Ad."))).isZero();
        assertThat(HeaderWords.of("N° adh.").words()).containsExactly("numero", "adh.");
    }
}
