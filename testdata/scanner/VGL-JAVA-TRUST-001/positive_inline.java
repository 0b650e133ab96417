import javax.servlet.http.HttpServletRequest;

public class Cart {
    void add(HttpServletRequest request) {
        request.getSession().setAttribute("userid", request.getHeader("X-User")); // vigil:expect VGL-JAVA-TRUST-001
    }
}
