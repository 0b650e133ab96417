import java.util.List;
import javax.servlet.http.*;

public class Tabs {
    private static final List<String> PAGES = List.of("/home", "/orders", "/settings");

    public void go(HttpServletRequest request, HttpServletResponse response) throws Exception {
        int tab = Integer.parseInt(request.getParameter("tab"));
        response.setHeader("X-Tab", request.getParameter("tab"));
        response.sendRedirect(PAGES.get(tab));
    }
}
