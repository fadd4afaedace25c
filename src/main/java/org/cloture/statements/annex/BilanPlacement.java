package org.cloture.statements.annex;

/**
 * Where the bilan puts one balance: the line code and label, its group, and whether the amount is the
 * gross value of an asset, a deduction from it (depreciation) or a liability.
 */
public record BilanPlacement(String code, String label, String group, Role role) {

    public enum Role { GROSS, DEPRECIATION, LIABILITY }
}
