package org.cloture.report.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build-time compiler of the report templates: turns every {@code *.jrxml} of a source folder into a
 * {@code .jasper} file in an output folder.
 *
 * <p>Run by Maven (exec-maven-plugin, process-classes phase) with
 * {@code src/main/jasperreports target/classes/jasper}, so that template errors fail the build and the
 * renderer never pays for compilation at run time.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            System.err.println("usage: TemplateCompiler <jrxml source folder> <jasper output folder>");
            System.exit(2);
        }
        List<Path> compiled = compileAll(Path.of(args[0]), Path.of(args[1]));
        System.out.println("[TemplateCompiler] compiled " + compiled.size() + " template(s) into " + args[1]);
    }

    /** Compiles each jrxml of {@code sourceDir} into {@code outputDir}; returns the files written. */
    public static List<Path> compileAll(Path sourceDir, Path outputDir) throws IOException, JRException {
        Files.createDirectories(outputDir);
        List<Path> sources;
        try (Stream<Path> files = Files.list(sourceDir)) {
            sources = files.filter(p -> p.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        if (sources.isEmpty()) {
            throw new IOException("No .jrxml template in " + sourceDir.toAbsolutePath());
        }
        List<Path> written = new ArrayList<>();
        for (Path source : sources) {
            String name = source.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            Path target = outputDir.resolve(name);
            JasperCompileManager.compileReportToFile(source.toString(), target.toString());
            written.add(target);
        }
        return written;
    }
}
