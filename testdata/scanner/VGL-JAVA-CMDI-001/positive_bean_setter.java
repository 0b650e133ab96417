import javax.servlet.http.*;

// A bean keeps the request value in a field (setter, constructor); another
// of its methods runs it.
public class BackupServlet extends HttpServlet {
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        BackupJob job = new BackupJob();
        job.setTarget(req.getParameter("dir"));
        job.execute();
        Archiver a = new Archiver(req.getParameter("name"), 9);
        a.pack();
    }
}

class BackupJob {
    private String target;

    public void setTarget(String target) {
        this.target = target.trim();
    }

    public void execute() throws Exception {
        Runtime.getRuntime().exec("tar czf /tmp/b.tgz " + target); // vigil:expect VGL-JAVA-CMDI-001
    }
}

class Archiver {
    private final String name;
    private final int level;

    Archiver(String name, int level) {
        this.name = name;
        this.level = level;
    }

    void pack() throws Exception {
        run(buildCommand());
    }

    private String buildCommand() {
        return "zip -" + level + " " + this.name + ".zip";
    }

    private void run(String cmd) throws Exception {
        new ProcessBuilder("sh", "-c", cmd).start(); // vigil:expect VGL-JAVA-CMDI-001
    }
}
