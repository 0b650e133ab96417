import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PricingController {
    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("javascript");

    @PostMapping("/pricing/formula")
    Object evaluate(@RequestBody String formula) throws ScriptException {
        return engine.eval(formula); // LABEL: CWE-95
    }
}
