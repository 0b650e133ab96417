package demo;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ShapeController {
    // logical type names from a closed list of subtypes: no class chosen by the document
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(value = Circle.class, name = "circle")})
    public static class Shape {
    }

    public static class Circle extends Shape {
        public double r;
    }

    private final ObjectMapper mapper = new ObjectMapper();

    @PostMapping("/shapes")
    public int add(@RequestBody String body) throws Exception {
        Shape s = mapper.readValue(body, Shape.class);
        return s.hashCode();
    }
}
