package org.cloture.ingest.table;

import java.util.regex.Pattern;

/** The département a French postal code belongs to, for members whose register gives only the code. */
public final class Departements {

    private static final Pattern FRENCH_POSTAL_CODE = Pattern.compile("\\d{5}");
    private static final int FIRST_UPPER_CORSICA_CODE = 20200;

    private Departements() {
    }

    /** Null when the code is not a French one. */
    public static String fromPostalCode(String postalCode) {
        if (postalCode == null || !FRENCH_POSTAL_CODE.matcher(postalCode).matches()) {
            return null;
        }
        if (postalCode.startsWith("97") || postalCode.startsWith("98")) {
            return postalCode.substring(0, 3);
        }
        if (postalCode.startsWith("20")) {
            return Integer.parseInt(postalCode) < FIRST_UPPER_CORSICA_CODE ? "2A" : "2B";
        }
        return postalCode.substring(0, 2);
    }
}
