import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.web.bind.annotation.*;

// Without default typing Jackson binds to the class it is given.
@RestController
public class EventController {
    private final ObjectMapper mapper = new ObjectMapper();

    @PostMapping("/events")
    public String receive(@RequestBody String body) throws Exception {
        Event event = mapper.readValue(body, Event.class);
        return "ok";
    }

    static class Event { public String name; }
}
