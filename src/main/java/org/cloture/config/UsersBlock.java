package org.cloture.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the {@code users:} block of {@code association.yml} for {@code cloture user add}, leaving every
 * other line of the file (and its comments) as the association wrote it: only the block is replaced, or
 * appended when the file has none.
 */
public final class UsersBlock {

    private UsersBlock() {
    }

    /** Adds {@code user} to the file, or replaces the user of the same name. Returns true if it was replaced. */
    public static boolean put(Path inputDirectory, WebSettings.User user) throws IOException {
        Path file = inputDirectory.resolve(AssociationConfigLoader.FILE_NAME);
        List<String> lines = Files.isRegularFile(file)
                ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8)) : new ArrayList<>();
        List<WebSettings.User> users = new ArrayList<>(WebSettings.read(inputDirectory).users());
        boolean replaced = users.removeIf(existing -> existing.name().equals(user.name()));
        users.add(user);
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("users:\\s*(#.*)?")) {
                start = i;
                break;
            }
        }
        List<String> block = render(users);
        if (start < 0) {
            if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
                lines.add("");
            }
            lines.addAll(block);
        } else {
            int end = start + 1;
            // The block goes on while lines are indented, items of a sequence at column 0, blank or comments.
            while (end < lines.size() && (lines.get(end).isBlank() || Character.isWhitespace(lines.get(end).charAt(0))
                    || lines.get(end).startsWith("-") || lines.get(end).startsWith("#"))) {
                end++;
            }
            lines.subList(start, end).clear();
            lines.addAll(start, block);
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temporary, lines, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return replaced;
    }

    static List<String> render(List<WebSettings.User> users) {
        List<String> block = new ArrayList<>();
        block.add("users:                       # cloture user add NOM --role equipe|tresorier|bureau");
        for (WebSettings.User user : users) {
            block.add("  - name: " + quoted(user.name()));
            block.add("    role: " + user.role().key());
            block.add("    password: " + quoted(user.passwordHash()) + "   # empreinte bcrypt, jamais le mot de passe");
            if (user.email() != null && !user.email().isBlank()) {
                block.add("    email: " + quoted(user.email()));
            }
        }
        block.add("");
        return block;
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
