package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** picocli is given only the subcommand a command line names; the usage and help still see all of them. */
class SubcommandsForTest {

    @Test
    void aNamedCommandAlone() {
        assertThat(ClotureCli.subcommandsFor("run", "--no-send")).containsExactly(RunCommand.class);
        assertThat(ClotureCli.subcommandsFor("serve")).containsExactly(ServeCommand.class);
    }

    @Test
    void everyCommandForTheUsageHelpAndAMisspeltCommand() {
        assertThat(ClotureCli.subcommandsFor()).contains(RunCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class).hasSizeGreaterThan(10);
        assertThat(ClotureCli.subcommandsFor("help", "run")).hasSameElementsAs(ClotureCli.subcommandsFor());
        assertThat(ClotureCli.subcommandsFor("rnu")).hasSameElementsAs(ClotureCli.subcommandsFor());
        assertThat(ClotureCli.subcommandsFor("--help")).hasSameElementsAs(ClotureCli.subcommandsFor());
    }

    @Test
    void theUsageStillListsEveryCommandAndAMisspeltOneIsAFailure() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        assertThat(ClotureCli.execute(new PrintWriter(out), new PrintWriter(err), "--help")).isZero();
        assertThat(out.toString()).contains("run", "check", "serve", "explain", "programme", "bench");

        assertThat(ClotureCli.execute(new PrintWriter(out), new PrintWriter(err), "rnu")).isEqualTo(ClotureCli.FAILURE);
    }

    @Test
    void aCommandsOwnHelp() {
        StringWriter out = new StringWriter();

        assertThat(ClotureCli.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "run", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: cloture run", "--no-send");
    }
}
