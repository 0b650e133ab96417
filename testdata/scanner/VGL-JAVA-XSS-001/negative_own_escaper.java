import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

// Escaping helpers of the program's own, recognised by what they do (they
// map '<' to "&lt;" and the other markup characters to entities), not by
// their names.
public class Comments extends HttpServlet {
    private static String enc(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&#x27;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }

    private String clean(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String body = req.getParameter("body");
        resp.setContentType("text/html");
        resp.getWriter().write("<div class=\"comment\">" + enc(body) + "</div>");
        resp.getWriter().write("<p title=\"" + clean(req.getParameter("title")) + "\">");
    }
}
