import java.util.Random;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OtpController {
    private final Random random = new Random();

    @PostMapping("/otp")
    String send(@RequestParam String phone) {
        int code = 100000 + random.nextInt(900000); // LABEL: CWE-338
        SmsGateway.send(phone, "Your login code is " + code);
        return "sent";
    }

    static class SmsGateway {
        static void send(String to, String text) {}
    }
}
