import javax.servlet.http.*;

// The request value goes into a field the command never uses; the command
// is built from a field only the class itself sets.
public class ReportServlet extends HttpServlet {
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        ReportJob job = new ReportJob(req.getParameter("title"));
        job.setOwner(req.getParameter("owner"));
        job.render();
        resp.getWriter().println(job.getTitle().length());
    }
}

class ReportJob {
    private final String title;
    private String owner;
    private String tool = "/usr/bin/report";

    ReportJob(String title) {
        this.title = title;
    }

    public void setOwner(String owner) {
        this.owner = owner.toLowerCase();
    }

    public String getTitle() {
        return title;
    }

    public void render() throws Exception {
        new ProcessBuilder(tool, "--daily").start();
        Runtime.getRuntime().exec(new String[] {tool, "--weekly"});
    }
}
