import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;

public class SecurityConfig {
    @Bean
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.disable()); // vigil:expect VGL-JAVA-CSRF-001
        return http.build();
    }

    @Bean
    SecurityFilterChain admin(HttpSecurity http) throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable).build(); // vigil:expect VGL-JAVA-CSRF-001
    }
}
