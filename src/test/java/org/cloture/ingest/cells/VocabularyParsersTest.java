package org.cloture.ingest.cells;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.cloture.activity.ActivityCategory;
import org.cloture.membership.MemberKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VocabularyParsersTest {

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', value = {
            "personne physique|NATURAL_PERSON",
            "Personne Physique|NATURAL_PERSON",
            "PP|NATURAL_PERSON",
            "pp|NATURAL_PERSON",
            "individuel|NATURAL_PERSON",
            "Individuelle|NATURAL_PERSON",
            "particulier|NATURAL_PERSON",
            "Adhérent individuel|NATURAL_PERSON",
            "personne morale|LEGAL_PERSON",
            "P.M.|LEGAL_PERSON",
            "PM|LEGAL_PERSON",
            "structure|LEGAL_PERSON",
            "Association|LEGAL_PERSON",
            "Collectivité|LEGAL_PERSON",
            "Structure adhérente|LEGAL_PERSON",
    })
    void recognisesMemberKinds(String text, MemberKind expected) {
        assertThat(MemberKindParser.parse(text)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bienfaiteur", "X", "?"})
    void leavesUnknownMemberKindsToTheCaller(String text) {
        assertThat(MemberKindParser.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', value = {
            "AG|AG",
            "Assemblée générale|AG",
            "Assemblée générale extraordinaire|AG",
            "CA|CA",
            "Conseil d'administration|CA",
            "Réunion de bureau|BUREAU",
            "Bureau|BUREAU",
            "Comité de pilotage|COMITE",
            "comite|COMITE",
            "Rencontre|RENCONTRE",
            "Réunion d'échange|RENCONTRE",
            "Salon|SALON",
            "Visite|VISITE",
            "Circuit découverte|VISITE",
            "Formation|FORMATION",
            "Audit|ACCOMPAGNEMENT",
            "Accompagnement|ACCOMPAGNEMENT",
            "Événement|EVENEMENT",
            "evenement|EVENEMENT",
            "Communication|COMMUNICATION",
            "Autre|AUTRE",
            "Visite / circuit|VISITE",
    })
    void normalisesActivityCategories(String text, ActivityCategory expected) {
        assertThat(ActivityCategoryParser.parse(text))
                .isEqualTo(new ActivityCategoryParser.Match(expected, true));
    }

    @Test
    void classesUnknownCategoriesAsOtherAndSaysSo() {
        assertThat(ActivityCategoryParser.parse("Pique-nique"))
                .isEqualTo(new ActivityCategoryParser.Match(ActivityCategory.AUTRE, false));
        assertThat(ActivityCategory.EVENEMENT.frenchLabel()).isEqualTo("Événement");
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', value = {
            "oui|true", "OUI|true", "Oui|true", "x|true", "X|true", "1|true", "true|true", "VRAI|true", "yes|true",
            "non|false", "NON|false", "0|false", "false|false", "FAUX|false", "no|false",
    })
    void readsYesNo(String text, boolean expected) {
        assertThat(YesNoParser.parse(text)).hasValue(expected);
    }

    @Test
    void leavesUnknownYesNoToTheCaller() {
        assertThat(YesNoParser.parse("peut-être")).isEmpty();
        assertThat(YesNoParser.parse("")).isEmpty();
    }

    @Test
    void countsAreWholeAndNonNegative() {
        assertThat(CountParser.parse("12")).hasValue(12);
        assertThat(CountParser.parse("1 200")).hasValue(1200);
        assertThat(CountParser.parse("-3")).isEmpty();
        assertThat(CountParser.parse("3,5")).isEmpty();
        assertThat(CountParser.parse("une dizaine")).isEmpty();
        assertThat(CountParser.fromNumber(new BigDecimal("12.0"))).hasValue(12);
        assertThat(CountParser.fromNumber(new BigDecimal("12.5"))).isEmpty();
        assertThat(CountParser.fromNumber(new BigDecimal("-1"))).isEmpty();
    }

    @Test
    void headerKeysIgnoreCaseAccentsSpacesAndPunctuation() {
        assertThat(Texts.key("N° adhérent")).isEqualTo(Texts.key("n adherent"));
        assertThat(Texts.key("  Date d'adhésion ")).isEqualTo("datedadhesion");
        assertThat(Texts.key("ŒUVRE")).isEqualTo("oeuvre");
        assertThat(Texts.clean(" 1\u00A0234\u202F€  ")).isEqualTo("1 234 €");
        assertThat(Texts.clean("\u00A0")).isNull();
    }
}
