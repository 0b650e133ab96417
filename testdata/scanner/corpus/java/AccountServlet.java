package corpus;

import java.io.*;
import java.net.URL;
import java.security.MessageDigest;
import java.sql.*;
import java.util.Random;
import javax.servlet.http.*;
import org.owasp.encoder.Encode;

public class AccountServlet extends HttpServlet {
    private Connection conn;

    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        String action = req.getParameter("action");
        String id = req.getParameter("id");
        if ("show".equals(action)) {
            PreparedStatement ps = conn.prepareStatement("SELECT name FROM accounts WHERE id = ?");
            ps.setString(1, id);
            ResultSet rs = ps.executeQuery();
            String name = rs.next() ? rs.getString(1) : "";
            resp.getWriter().println("<h1>" + Encode.forHtml(name) + "</h1>");
        } else if ("search".equals(action)) {
            String q = req.getParameter("q");
            Statement st = conn.createStatement();
            ResultSet rs = st.executeQuery("SELECT id FROM accounts WHERE name LIKE '%" + q + "%'"); // LABEL: CWE-89
            resp.getWriter().println("<p>Results for " + q + "</p>"); // LABEL: CWE-79
        } else if ("export".equals(action)) {
            String file = req.getParameter("file");
            try (InputStream in = new FileInputStream("/srv/exports/" + file)) { // LABEL: CWE-22
                in.transferTo(resp.getOutputStream());
            }
        } else if ("avatar".equals(action)) {
            String src = req.getParameter("src");
            try (InputStream in = new URL(src).openStream()) { // LABEL: CWE-918
                in.transferTo(resp.getOutputStream());
            }
        } else if ("archive".equals(action)) {
            Runtime.getRuntime().exec("tar czf /tmp/a.tgz /srv/accounts/" + id); // LABEL: CWE-78
        } else {
            resp.sendRedirect(req.getParameter("return")); // LABEL: CWE-601
        }
    }

    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        int limit = Integer.parseInt(req.getParameter("limit"));
        Statement st = conn.createStatement();
        st.executeQuery("SELECT id FROM accounts LIMIT " + limit);
        ObjectInputStream in = new ObjectInputStream(req.getInputStream());
        req.getSession().setAttribute("draft", in.readObject()); // LABEL: CWE-502
        String resetToken = Long.toString(new Random().nextLong()); // LABEL: CWE-338
        MessageDigest md = MessageDigest.getInstance("MD5"); // LABEL: CWE-328
        byte[] digest = md.digest(resetToken.getBytes());
        resp.getWriter().print(digest.length);
    }
}
