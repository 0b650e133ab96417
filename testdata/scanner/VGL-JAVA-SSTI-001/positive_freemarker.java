import java.io.StringReader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import org.springframework.web.bind.annotation.RequestParam;

public class Mail {
    Template compile(@RequestParam String text, Configuration cfg) throws Exception {
        return new Template("mail", new StringReader(text), cfg); // vigil:expect VGL-JAVA-SSTI-001
    }
}
