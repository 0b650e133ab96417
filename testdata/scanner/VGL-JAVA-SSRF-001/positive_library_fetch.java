import com.auth0.jwk.Jwk;
import com.auth0.jwk.JwkProvider;
import com.auth0.jwk.JwkProviderBuilder;
import java.io.File;
import java.net.URL;
import org.apache.commons.io.FileUtils;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.web.bind.annotation.*;

@RestController
public class KeysController {
    // the key set is fetched from the URL the caller gives
    @PostMapping("/verify")
    public String verify(@RequestParam("jku") String jku, @RequestParam("kid") String kid) throws Exception {
        JwkProvider provider = new JwkProviderBuilder(new URL(jku)).build(); // vigil:expect VGL-JAVA-SSRF-001
        Jwk jwk = provider.get(kid);
        return jwk.getAlgorithm();
    }

    @PostMapping("/mirror")
    public String mirror(@RequestParam("src") String src) throws Exception {
        FileUtils.copyURLToFile(new URL(src), new File("/tmp/mirror.bin")); // vigil:expect VGL-JAVA-SSRF-001
        Document doc = Jsoup.connect(src).get(); // vigil:expect VGL-JAVA-SSRF-001
        return doc.title();
    }
}
