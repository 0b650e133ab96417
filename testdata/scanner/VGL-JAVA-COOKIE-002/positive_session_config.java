import javax.servlet.ServletContext;
import javax.servlet.SessionCookieConfig;
import javax.servlet.ServletContextListener;
import javax.servlet.ServletContextEvent;

public class SessionSetup implements ServletContextListener {
    @Override
    public void contextInitialized(ServletContextEvent sce) {
        ServletContext ctx = sce.getServletContext();
        ctx.getSessionCookieConfig().setHttpOnly(false); // vigil:expect VGL-JAVA-COOKIE-002
        SessionCookieConfig sessionCookieConfig = ctx.getSessionCookieConfig();
        sessionCookieConfig.setSecure(false); // vigil:expect VGL-JAVA-COOKIE-002
    }
}
