import javax.servlet.http.*;

public class Out {
    public void go(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(302);
        response.setHeader("Location", request.getParameter("to")); // vigil:expect VGL-JAVA-REDIRECT-001
    }
}
