package org.cloture.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cloture.ingest.fec.FecLine;
import org.cloture.money.FrenchFormat;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * How long a text may be in a staging column. Every text column read from a cell is {@value #MAX} characters
 * wide (Flyway V8): more than a spreadsheet cell holds (32 767), so any real cell fits. A longer value (a CSV
 * or FEC field) is stored cut to that length, with a finding on its row, never a database error.
 */
public final class StoredText {

    /** The width of the text columns, in characters. */
    public static final int MAX = 32_768;

    /** The text fields of each row record, found once per class. */
    private static final Map<Class<?>, List<Method>> TEXT_FIELDS = new ConcurrentHashMap<>();

    private StoredText() {
    }

    /** {@code text} cut to the column width (null stays null). */
    static String fit(String text) {
        return text == null || text.length() <= MAX ? text : text.substring(0, MAX);
    }

    /**
     * Whether a text of the FEC line may be longer than a column holds: the answer for nearly every one of a
     * million lines is no, found here without the reflection of {@link #overLong} (StoredTextTest checks that
     * every text field of FecLine is looked at).
     */
    static boolean mayBeOverLong(FecLine line) {
        return longer(line.journalCode()) || longer(line.journalLib()) || longer(line.entryNum())
                || longer(line.accountNum()) || longer(line.accountLib()) || longer(line.auxNum())
                || longer(line.auxLib()) || longer(line.pieceRef()) || longer(line.label()) || longer(line.letter())
                || longer(line.currency());
    }

    private static boolean longer(String text) {
        return text != null && text.length() > MAX;
    }

    /** A VALUE_TOO_LONG finding for each text field of {@code row} longer than a column holds. */
    static List<Finding> overLong(Record row, SourceLocation location) {
        List<Finding> findings = new ArrayList<>(0);
        for (Method accessor : TEXT_FIELDS.computeIfAbsent(row.getClass(), StoredText::textFields)) {
            String value = read(accessor, row);
            if (value != null && value.length() > MAX) {
                SourceLocation where = location == null ? SourceLocation.ofFile("?") : location;
                findings.add(Finding.of(CheckId.VALUE_TOO_LONG, where.withColumn(accessor.getName()),
                        value.substring(0, 60) + "…", FrenchFormat.integer(value.length()), fieldLabel(accessor.getName()),
                        FrenchFormat.integer(MAX)));
            }
        }
        return findings;
    }

    /** The field as the treasurer knows it (the column of input/README.md). */
    private static String fieldLabel(String field) {
        return FIELD_LABELS.getOrDefault(field, field);
    }

    private static final Map<String, String> FIELD_LABELS = Map.ofEntries(Map.entry("memberId", "N° adhérent"),
            Map.entry("name", "Nom"), Map.entry("firstName", "Prénom"), Map.entry("legalStatus", "Statut juridique"),
            Map.entry("postalCode", "Code postal"), Map.entry("departement", "Département"),
            Map.entry("country", "Pays"), Map.entry("paymentMethod", "Mode de paiement"), Map.entry("role", "Fonction"),
            Map.entry("email", "Courriel"), Map.entry("phone", "Téléphone"), Map.entry("address", "Adresse"),
            Map.entry("title", "Action"), Map.entry("rawCategory", "Catégorie"), Map.entry("place", "Lieu"),
            Map.entry("account", "Compte"), Map.entry("volunteer", "Bénévole"), Map.entry("activity", "Activité"),
            Map.entry("journalCode", "JournalCode"), Map.entry("journalLib", "JournalLib"),
            Map.entry("entryNum", "EcritureNum"), Map.entry("accountNum", "CompteNum"),
            Map.entry("accountLib", "CompteLib"), Map.entry("auxNum", "CompAuxNum"), Map.entry("auxLib", "CompAuxLib"),
            Map.entry("pieceRef", "PieceRef"), Map.entry("label", "Libellé"), Map.entry("letter", "EcritureLet"),
            Map.entry("currency", "Idevise"), Map.entry("accountId", "Compte bancaire"),
            Map.entry("transactionId", "Référence de l'opération"));

    private static List<Method> textFields(Class<?> type) {
        List<Method> accessors = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getType() == String.class) {
                Method accessor = component.getAccessor();
                // Checked once here rather than on each of a million calls (Method.invoke's access check).
                accessor.setAccessible(true);
                accessors.add(accessor);
            }
        }
        return List.copyOf(accessors);
    }

    private static String read(Method accessor, Record row) {
        try {
            return (String) accessor.invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + accessor, e);
        }
    }
}
