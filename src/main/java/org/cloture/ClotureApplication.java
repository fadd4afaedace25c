package org.cloture;

import org.cloture.cli.ClotureCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Spring Boot application; the command line ({@link ClotureCli}) starts it only for the work itself. */
@SpringBootApplication
public class ClotureApplication {

    public static void main(String[] args) {
        System.exit(ClotureCli.execute(args));
    }
}
