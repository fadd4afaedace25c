package org.cloture.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A federation of {@code members} member associations for the network benchmark: territories over five
 * départements, and for each member its own year folder with a FEC shaped like an association's year
 * (à-nouveaux, invoices with auxiliary accounts, payments, salaries, grants, depreciation: 1 500 to 3 500
 * lines) and a membership register (80 to 300 rows). Deterministic: the same arguments give the same files.
 */
public final class SyntheticNetwork {

    public static final int YEAR = 2023;
    private static final String[][] TERRITORIES = {{"59", "Métropole Lilloise"}, {"59", "Flandre"},
            {"59", "Hainaut"}, {"62", "Artois"}, {"62", "Côte d'Opale"}, {"80", "Somme"}, {"02", "Aisne"},
            {"60", "Oise"}};

    private SyntheticNetwork() {
    }

    /** Writes {@code input/} under {@code work}; returns it. */
    public static Path write(Path work, int members) throws IOException {
        Path input = work.resolve("input");
        Path year = Files.createDirectories(input.resolve(Integer.toString(YEAR)));
        StringBuilder yaml = new StringBuilder("name: \"Fédération de banc d'essai\"\nfederation:\n  territories:\n");
        for (int index = 0; index < TERRITORIES.length; index++) {
            yaml.append("    - { id: t").append(index).append(", name: \"").append(TERRITORIES[index][1])
                    .append("\", departement: \"").append(TERRITORIES[index][0]).append("\" }\n");
        }
        yaml.append("  members:\n");
        SplittableRandom random = new SplittableRandom(members);
        for (int index = 1; index <= members; index++) {
            String id = String.format("cs-%05d", index);
            yaml.append("    - { id: ").append(id).append(", name: \"Centre social n° ").append(index)
                    .append("\", territory: t").append(index % TERRITORIES.length).append(" }\n");
            Path folder = Files.createDirectories(year.resolve(id));
            SyntheticInputs.ledgerFec(folder.resolve(String.format("%09dFEC%d1231.txt", 100_000_000 + index, YEAR)),
                    1_500 + random.nextInt(2_000));
            SyntheticInputs.register(folder.resolve("adherents.xlsx"), 80 + random.nextInt(220));
        }
        Files.writeString(input.resolve("association.yml"), yaml);
        return input;
    }
}
