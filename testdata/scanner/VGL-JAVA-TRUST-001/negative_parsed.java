import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

public class Paging {
    void page(HttpServletRequest request, HttpSession session) {
        int size = Integer.parseInt(request.getParameter("size"));
        session.setAttribute("pageSize", size);
        session.setAttribute("user", lookupUser());
    }

    Object lookupUser() { return null; }
}
