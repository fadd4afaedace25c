package org.cloture.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.cloture.store.DatabaseHealth;

/** Another program that opens the database of a data directory and keeps it open (run in a child JVM). */
public final class HoldDatabaseOpen {

    private HoldDatabaseOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(DatabaseHealth.url(Path.of(args[0])), "SA", "")) {
            System.out.println("OPEN");
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
