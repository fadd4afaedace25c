package org.cloture.cluster;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the shared job repository and the broker of a distributed closing are: {@code CLOTURE_DB_URL} (a
 * PostgreSQL JDBC URL, user and password as its parameters) and {@code CLOTURE_BROKER_URL} (an Artemis URL,
 * {@code tcp://host:port}). The environment wins; otherwise {@code cluster.properties} in the data folder,
 * with the same two keys — the file `cloture cluster up` also writes into its own folder.
 */
public record ClusterSettings(String databaseUrl, String brokerUrl) {

    public static final String DATABASE_VARIABLE = "CLOTURE_DB_URL";
    public static final String BROKER_VARIABLE = "CLOTURE_BROKER_URL";
    public static final String FILE_NAME = "cluster.properties";

    /** Empty when either setting is missing, naming which in {@link #missing}. */
    public static Optional<ClusterSettings> resolve(Map<String, String> environment, Path dataDirectory) {
        Properties file = new Properties();
        Path path = dataDirectory.resolve(FILE_NAME);
        if (Files.isRegularFile(path)) {
            try (Reader reader = Files.newBufferedReader(path)) {
                file.load(reader);
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        String database = value(environment, file, DATABASE_VARIABLE);
        String broker = value(environment, file, BROKER_VARIABLE);
        return database == null || broker == null ? Optional.empty()
                : Optional.of(new ClusterSettings(database, broker));
    }

    /** The French message for a missing setting. */
    public static String missing(Path dataDirectory) {
        return "Mode distribué : " + DATABASE_VARIABLE + " et " + BROKER_VARIABLE + " doivent être définis "
                + "(variables d'environnement, ou fichier " + dataDirectory.resolve(FILE_NAME) + "). "
                + "Pour un essai sur cette machine : eval \"$(cloture cluster up DOSSIER)\".";
    }

    private static String value(Map<String, String> environment, Properties file, String key) {
        String value = environment.get(key);
        if (value == null || value.isBlank()) {
            value = file.getProperty(key);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }
}
