package org.cloture.figures;

/**
 * A member holding a mandate, as the register's "Fonction" column says. Board officers are the only
 * natural persons the board report may name.
 *
 * @param role the normalised role, in the order a report lists them
 * @param name "Prénom Nom" for a natural person, the name of a legal person
 */
public record BoardOfficer(BoardRole role, String name) {
}
