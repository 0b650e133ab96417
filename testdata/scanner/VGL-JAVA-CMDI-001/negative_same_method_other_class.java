import javax.servlet.http.*;

// Two classes of the file have a method named run(); the object the
// servlet builds is the one whose run() keeps the request value out of
// the command.
public class ToolsServlet extends HttpServlet {
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        SafeTool t = new SafeTool(req.getParameter("label"));
        t.run();
    }
}

class SafeTool {
    private final String label;

    SafeTool(String label) {
        this.label = label;
    }

    void run() throws Exception {
        System.out.println(label);
        new ProcessBuilder("/usr/bin/uptime").start();
    }
}

class ShellTool {
    private final String label;

    ShellTool(String label) {
        this.label = label;
    }

    void run() throws Exception {
        Runtime.getRuntime().exec("echo " + label);
    }
}
