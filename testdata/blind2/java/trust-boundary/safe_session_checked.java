import java.io.IOException;
import java.util.Set;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

class LocaleServlet extends HttpServlet {
    private static final Set<String> LOCALES = Set.of("en", "de", "fr");

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String wanted = req.getParameter("locale");
        String locale = LOCALES.contains(wanted) ? wanted : "en";
        req.getSession().setAttribute("locale", locale);
        resp.sendRedirect("/");
    }
}
