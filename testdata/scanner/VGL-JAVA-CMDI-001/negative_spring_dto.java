import org.springframework.web.bind.annotation.*;

@RestController
public class JobsController {
    record Job(int seconds) {}

    @PostMapping("/jobs")
    public void run(@RequestBody Job job, @RequestHeader("X-Request-Id") String requestId) throws Exception {
        new ProcessBuilder("sleep", Integer.toString(job.seconds())).start();
        System.out.println("job " + requestId);
    }
}
