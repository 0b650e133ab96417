package demo;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class JobController {
    public static class Job {
        public String name;
        @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
        public Object payload;
    }

    private final ObjectMapper mapper = new ObjectMapper();

    @PostMapping("/jobs")
    public int submit(@RequestBody String body) throws Exception {
        Job job = mapper.readValue(body, Job.class); // vigil:expect VGL-JAVA-DESER-002
        return job.name.length();
    }
}
