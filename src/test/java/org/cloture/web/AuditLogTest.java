package org.cloture.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

    @TempDir
    Path data;

    @Test
    void eachEventIsOneLineEvenWhenANameCarriesTabsOrNewLines() throws Exception {
        AuditLog audit = new AuditLog(data.resolve("audit.log"), Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));

        audit.record("marie", AuditLog.Action.DEPOT, 2025, "adherents.csv");
        audit.record("x\tDEPOT\n2025", AuditLog.Action.CONNEXION_REFUSEE, null, "127.0.0.1\nfaux\tDEPOT");

        assertThat(Files.readAllLines(data.resolve("audit.log"))).hasSize(2);
        assertThat(audit.entries()).extracting(AuditLog.Entry::action)
                .containsExactly(AuditLog.Action.DEPOT, AuditLog.Action.CONNEXION_REFUSEE);
        assertThat(audit.entries().get(0)).isEqualTo(new AuditLog.Entry(Instant.parse("2026-03-01T10:00:00Z"), "marie",
                AuditLog.Action.DEPOT, 2025, "adherents.csv"));
    }
}
