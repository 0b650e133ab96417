package corpus;

import javax.servlet.http.HttpServletRequest;
import javax.xml.xpath.*;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.w3c.dom.Document;

public class SecurityConfig {
    private Document catalog;

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**").csrf(csrf -> csrf.disable()); // LABEL: CWE-352
        return http.build();
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/hooks/**"));
        return http.build();
    }

    public Object book(HttpServletRequest req) throws Exception {
        XPath xp = XPathFactory.newInstance().newXPath();
        int n = Integer.parseInt(req.getParameter("n"));
        xp.evaluate("//book[" + n + "]/title", catalog);
        return xp.evaluate("//book[@isbn='" + req.getParameter("isbn") + "']/title", catalog); // LABEL: CWE-643
    }
}
