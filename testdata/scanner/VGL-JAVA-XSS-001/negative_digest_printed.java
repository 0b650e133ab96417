import java.security.MessageDigest;
import java.util.Base64;
import javax.servlet.http.*;
import org.apache.commons.codec.digest.DigestUtils;

// A digest of the request value, printed as base64 or hex: the alphabets
// hold no markup.
public class FingerprintServlet extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        String value = req.getParameter("value");
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        byte[] digest = md.digest(value.getBytes("UTF-8"));
        resp.setContentType("text/html");
        resp.getWriter().println("<p>" + Base64.getEncoder().encodeToString(digest) + "</p>");
        resp.getWriter().println("<p>" + Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes()) + "</p>");
        resp.getWriter().println("<p>" + DigestUtils.sha256Hex(value) + "</p>");
    }
}
