package org.cloture.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cloture.config.WebSettings;
import org.cloture.jobs.ServedFolders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may do what on the page. Roles: équipe (upload, findings, the controls workbook), trésorier
 * (everything, the year-end run included), bureau (the PDF report). Users and their bcrypt hashes come from
 * {@code association.yml} ({@code cloture user add}), read at each login ({@link AssociationUsers}). Form
 * login with throttling, optional one-time login links by e-mail (the token is consumed by a POST only),
 * CSRF on every form, French error pages.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableWebSecurity
public class SecurityConfiguration {

    public static final String LOGIN = "/login";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Read from association.yml at each authentication: {@code cloture user add} needs no restart. */
    @Bean
    AssociationUsers users(ServedFolders folders) {
        return new AssociationUsers(folders);
    }

    @Bean
    SecurityFilterChain pages(HttpSecurity http, LoginThrottle throttle, AuditLog audit, LoginLinks links)
            throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                                org.springframework.security.core.Authentication authentication)
                    throws ServletException, IOException {
                throttle.succeeded(authentication.getName(), request.getRemoteAddr());
                audit.record(authentication.getName(), AuditLog.Action.CONNEXION, null, request.getRemoteAddr());
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        // The one-time token's login page is the same as the password's, so its processing address must be
        // named: by default it would follow the login page and take the password form's POST /login.
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN, "/login/ott", "/login/lien", "/login/lien-envoye", "/css/**", "/js/**", "/webjars/**",
                                "/favicon.ico", "/error", "/interdit", org.cloture.jobs.ServeToken.PATH).permitAll()
                        .requestMatchers(HttpMethod.POST, "/annees/*/cloture").hasRole(WebSettings.Role.TRESORIER.name())
                        .requestMatchers("/annees/*/cloture/**").hasRole(WebSettings.Role.TRESORIER.name())
                        .requestMatchers(HttpMethod.POST, "/annees/*/depots")
                        .hasAnyRole(WebSettings.Role.EQUIPE.name(), WebSettings.Role.TRESORIER.name())
                        .requestMatchers("/annees/*/constats")
                        .hasAnyRole(WebSettings.Role.EQUIPE.name(), WebSettings.Role.TRESORIER.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN).successHandler(success)
                        .failureHandler((request, response, exception) -> {
                            String user = request.getParameter("username");
                            throttle.failed(user, request.getRemoteAddr());
                            audit.record(user, AuditLog.Action.CONNEXION_REFUSEE, null, request.getRemoteAddr());
                            response.sendRedirect(LOGIN + "?erreur");
                        }).permitAll())
                .oneTimeTokenLogin(ott -> ott.loginPage(LOGIN).loginProcessingUrl("/login/ott")
                        .tokenGenerationSuccessHandler(links)
                        .tokenGeneratingUrl("/login/lien").showDefaultSubmitPage(false).successHandler(success)
                        .failureHandler((request, response, exception) -> response.sendRedirect(LOGIN + "?lien-invalide")))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN + "?deconnecte"))
                .exceptionHandling(errors -> errors.accessDeniedPage("/interdit"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'")))
                .addFilterBefore(new ThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    /** Refuses a login attempt, before its password is checked, while its user or address is throttled. */
    static final class ThrottleFilter extends OncePerRequestFilter {

        private final LoginThrottle throttle;

        ThrottleFilter(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if ("POST".equals(request.getMethod()) && LOGIN.equals(request.getServletPath())
                    && throttle.blocked(request.getParameter("username"), request.getRemoteAddr())) {
                response.sendRedirect(LOGIN + "?bloque");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
