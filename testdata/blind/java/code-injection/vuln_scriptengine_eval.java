package com.example.rules;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.servlet.http.HttpServletRequest;

public class RuleTester {
    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("javascript");

    public Object test(HttpServletRequest request) throws ScriptException {
        String condition = request.getParameter("condition");
        engine.put("amount", 120);
        return engine.eval("(function(){ return " + condition + "; })()"); // LABEL: CWE-95
    }
}
