import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

// Helpers that only wrap or trim the text escape nothing.
public class Wrap extends HttpServlet {
    private static String bold(String s) {
        return "<b>" + s.trim() + "</b>";
    }

    // names an escaper but only strips '<' from the start: markup stays
    private static String escapeHtml5(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c != '\n') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/html");
        resp.getWriter().write("<div>" + bold(req.getParameter("q")) + "</div>"); // vigil:expect VGL-JAVA-XSS-001
        resp.getWriter().write("<div>" + wrapText(req.getParameter("q")) + "</div>"); // vigil:expect VGL-JAVA-XSS-001
    }

    private static String wrapText(String s) {
        return s.length() > 80 ? s.substring(0, 80) : s;
    }
}
