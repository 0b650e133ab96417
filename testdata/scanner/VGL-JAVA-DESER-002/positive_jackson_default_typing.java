import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.web.bind.annotation.*;

@RestController
public class EventController {
    @PostMapping("/events")
    public String receive(@RequestBody String body) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        mapper.activateDefaultTyping(mapper.getPolymorphicTypeValidator());
        Object event = mapper.readValue(body, Object.class); // vigil:expect VGL-JAVA-DESER-002
        return "ok";
    }
}
