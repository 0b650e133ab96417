package demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ImportController {
    private final ObjectMapper mapper;

    public ImportController() {
        mapper = new ObjectMapper();
        mapper.enableDefaultTyping();
    }

    @PostMapping("/import")
    public int importData(@RequestBody String body) throws Exception {
        Object data = mapper.readValue(body, Object.class); // vigil:expect VGL-JAVA-DESER-002
        return data.hashCode();
    }
}
