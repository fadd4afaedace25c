package org.cloture.ingest.cells;

import static org.assertj.core.api.Assertions.assertThat;

import org.cloture.membership.MemberKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FullNamesTest {

    @ParameterizedTest(name = "«{0}» → {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            "Grunberg Laurence|true|Grunberg|Laurence",
            "Dumont Laure-Anne|true|Dumont|Laure-Anne",
            "de La Tour Marie|true|de La Tour|Marie",
            "Le Gall Yann|true|Le Gall|Yann",
            "DUPONT Jean|true|DUPONT|Jean",
            "Jean DUPONT|true|DUPONT|Jean",
            "DE LA TOUR Marie-Anne|true|DE LA TOUR|Marie-Anne",
            "Marie Curie|false|Curie|Marie",
            "Mairie de Brest|true|Mairie de Brest|",
            "Durand|true|Durand|",
    })
    void splitsSurnameAndFirstName(String full, boolean surnameFirst, String name, String firstName) {
        assertThat(FullNames.split(full, surnameFirst)).isEqualTo(new FullNames.Split(name, firstName));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mairie de Brest", "SARL Dupont et fils", "Club nautique de Lorient", "Association Les Amis",
            "Comité des fêtes", "Communauté de communes du Pays de Morlaix", "EHPAD Les Tilleuls"})
    void namesOfOrganisations(String name) {
        assertThat(MemberKindParser.readsAsOrganisation(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Durand", "Lefèvre Hélène", "Martin-Dupont"})
    void namesOfPeople(String name) {
        assertThat(MemberKindParser.readsAsOrganisation(name)).isFalse();
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', value = {
            "Personne Morale|LEGAL_PERSON", "personne moral|LEGAL_PERSON", "P.M.|LEGAL_PERSON",
            "Organisme|LEGAL_PERSON", "COLLECTIVITE|LEGAL_PERSON", "Entreprise|LEGAL_PERSON",
            "Association|LEGAL_PERSON", "structure adhérente|LEGAL_PERSON", "Collectivité territoriale|LEGAL_PERSON",
            "Personne physique|NATURAL_PERSON", "persone physique|NATURAL_PERSON", "P.P.|NATURAL_PERSON",
            "Individuel|NATURAL_PERSON", "particulier|NATURAL_PERSON", "Particulière|NATURAL_PERSON",
            "Adhésion individuelle|NATURAL_PERSON", "Famille|NATURAL_PERSON",
    })
    void kindsInAnyCaseAndSpelling(String text, MemberKind kind) {
        assertThat(MemberKindParser.parse(text)).hasValue(kind);
    }
}
