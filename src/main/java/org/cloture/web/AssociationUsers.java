package org.cloture.web;

import java.util.List;
import java.util.Optional;
import org.cloture.config.WebSettings;
import org.cloture.jobs.ServedFolders;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The people who may log in, as {@code association.yml} lists them now: the file is read at each
 * authentication, so a person added by {@code cloture user add} (or removed by editing the file) while
 * {@code cloture serve} runs is known at the next login, without a restart. The file is small; a login
 * already costs a bcrypt comparison, far more than reading it.
 */
public final class AssociationUsers implements UserDetailsService {

    private final ServedFolders folders;

    public AssociationUsers(ServedFolders folders) {
        this.folders = folders;
    }

    public List<WebSettings.User> current() {
        return WebSettings.read(folders.input()).users();
    }

    public Optional<WebSettings.User> named(String name) {
        return current().stream().filter(user -> user.name().equals(name)).findFirst();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        WebSettings.User user = named(username).orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return User.withUsername(user.name()).password(user.passwordHash()).roles(user.role().name()).build();
    }
}
