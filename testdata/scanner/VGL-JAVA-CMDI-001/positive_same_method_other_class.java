import javax.servlet.http.*;

// Two classes of the file have a method named start(); the servlet's
// object is the one that runs its field.
public class JobsServlet extends HttpServlet {
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        ShellJob j = new ShellJob(req.getParameter("script"));
        j.start();
    }
}

class ShellJob {
    private final String script;

    ShellJob(String script) {
        this.script = script;
    }

    void start() throws Exception {
        Runtime.getRuntime().exec(new String[] {"sh", "-c", script}); // vigil:expect VGL-JAVA-CMDI-001
    }
}

class QuietJob {
    private final String script;

    QuietJob(String script) {
        this.script = script;
    }

    void start() {
        System.out.println(script.length());
    }
}
