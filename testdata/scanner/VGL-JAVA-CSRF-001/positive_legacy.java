import org.springframework.security.config.annotation.web.builders.HttpSecurity;

public class SecurityConfig {
    protected void configure(HttpSecurity http) throws Exception {
        http.csrf().disable() // vigil:expect VGL-JAVA-CSRF-001
            .authorizeRequests().anyRequest().authenticated();
    }
}
