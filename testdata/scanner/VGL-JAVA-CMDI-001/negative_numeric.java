import javax.servlet.http.*;

public class Sleeper {
    public void handle(HttpServletRequest request) throws Exception {
        int seconds = Integer.parseInt(request.getParameter("seconds"));
        new ProcessBuilder("sleep", String.valueOf(seconds)).start().waitFor();
        String user = request.getParameter("user");
        System.out.println("ran for " + user);
    }
}
