import javax.servlet.http.HttpServletRequest;

public class View {
    // a request attribute lives for this request only
    void show(HttpServletRequest request) {
        request.setAttribute("q", request.getParameter("q"));
    }
}
