package scanner

import (
	"testing"
	"testing/fstest"
)

// TestEngineV2JavaProbes: the causes of missed flows and false alarms of
// issue "Scanner v2" in Java, end to end through the built-in Java rules
// on the new engine.
func TestEngineV2JavaProbes(t *testing.T) {
	runProbes(t, builtinRulesByID(t), []probe{
		{"defaulting idiom, builder chain, typed statement", "VGL-JAVA-SQLI-001", "Probe.java", `
import javax.servlet.http.*;
import java.sql.*;
public class S extends HttpServlet {
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String p = request.getParameter("id");
    if (p == null) p = "";
    StringBuilder sb = new StringBuilder();
    sb.append("select * from t where id='").append(p).append("'");
    Connection c = DriverManager.getConnection("jdbc:x");
    Statement q = c.createStatement();
    q.execute(sb.toString()); // want
    q.execute("select 1");
  }
}
`},
		{"prepared statement parameters are not sinks; prepareStatement text is", "VGL-JAVA-SQLI-001", "Probe.java", `
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
class Dao {
  void find(HttpServletRequest req, Connection conn) throws Exception {
    String name = req.getParameter("name");
    PreparedStatement ps = conn.prepareStatement("select * from u where name = ?");
    ps.setString(1, name);
    ps.executeQuery();
    conn.prepareStatement("select * from u where name = '" + name + "'"); // want
  }
}
`},
		{"numbers, constant helpers and constant switches are clean", "VGL-JAVA-SQLI-001", "Probe.java", `
import javax.servlet.http.HttpServletRequest;
import java.sql.Statement;
class Dao {
  static final String TABLE = "users";
  private String fixed() { return "select * from " + TABLE; }
  void run(HttpServletRequest req, Statement st) throws Exception {
    String raw = req.getParameter("id");
    int id = Integer.parseInt(raw);
    st.executeQuery("select * from t where id = " + id);
    String q = raw;
    q = fixed();
    st.executeQuery(q);
    int mode = 2;
    switch (mode) {
      case 1: st.executeQuery(raw); break;
      default: st.executeQuery("select 2");
    }
    String v = switch (mode) { case 1 -> raw; default -> "x"; };
    st.executeQuery(v);
    if ((7 * 18) + mode > 200) { st.executeQuery(raw); }
    st.executeQuery(mode > 1 ? "select 3" : raw);
    long n = Long.parseLong(req.getParameter("n"));
    st.executeUpdate("delete from t where n = " + n);
  }
}
`},
		{"collections keep keys apart", "VGL-JAVA-SQLI-001", "Probe.java", `
import java.util.*;
import javax.servlet.http.HttpServletRequest;
import java.sql.Statement;
class Dao {
  void run(HttpServletRequest req, Statement st) throws Exception {
    Map<String, String> m = new HashMap<>();
    m.put("safe", "select 1");
    m.put("q", req.getParameter("q"));
    st.executeQuery(m.get("safe"));
    st.executeQuery(m.get("q")); // want
    List<String> parts = new ArrayList<>();
    parts.add(req.getHeader("X-Id"));
    st.executeQuery(String.join(",", parts)); // want
    for (String part : parts) {
      st.executeQuery("select " + part); // want
    }
    Iterator<String> it = parts.iterator();
    st.executeQuery(it.next()); // want
  }
}
`},
		{"fields, helpers and closures", "VGL-JAVA-SQLI-001", "Probe.java", `
import javax.servlet.http.HttpServletRequest;
import java.sql.Statement;
class Dao {
  private String term;
  private Statement st;
  void load(HttpServletRequest req) { this.term = req.getParameter("t"); }
  void use() throws Exception { st.executeQuery("select " + term); } // want
  private String wrap(String s) { return "'" + s.trim() + "'"; }
  void helper(HttpServletRequest req) throws Exception {
    st.executeQuery("select " + wrap(req.getParameter("a"))); // want
  }
  void lambda(HttpServletRequest req) {
    String c = req.getParameter("c");
    Runnable r = () -> { try { st.executeQuery(c); } catch (Exception e) { } }; // want
    Object o = new Object() {
      public String toString() { try { st.executeQuery(c); } catch (Exception e) { } return ""; } // want
    };
  }
}
`},
		{"Spring handler parameters and JdbcTemplate", "VGL-JAVA-SQLI-001", "Probe.java", `
import org.springframework.web.bind.annotation.*;
import org.springframework.jdbc.core.JdbcTemplate;
@RestController
class C {
  private final JdbcTemplate db;
  C(JdbcTemplate db) { this.db = db; }
  @GetMapping("/a")
  public Object a(@RequestParam("n") String name, @RequestParam int age, @PathVariable String id) {
    db.queryForList("select * from u where age = " + age);
    db.update("update u set a = 1 where id = ?", id);
    db.query("select * from u where id = " + id, (rs, i) -> 1); // want
    return db.queryForList("select * from u where name = '" + name + "'"); // want
  }
  @PostMapping("/b")
  public void b(@RequestBody Form f) {
    db.execute("insert into t values('" + f.getText() + "')"); // want
  }
}
`},
		{"Spring binds a bare String handler parameter from the request", "VGL-JAVA-SQLI-001", "Probe.java", `
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.*;
import java.sql.Statement;
@Controller
class Implicit {
  Statement st;
  @PostMapping("/q")
  @ResponseBody
  public Object q(String query, int limit) throws Exception {
    st.executeQuery("select " + limit);
    return st.executeQuery(query); // want
  }
  public Object notHandler(String query) throws Exception {
    return st.executeQuery(query);
  }
}
`},
		{"JAX-RS parameters", "VGL-JAVA-SQLI-001", "Probe.java", `
import javax.ws.rs.*;
import java.sql.Statement;
@Path("/r")
public class R {
  Statement st;
  @GET
  public String get(@QueryParam("q") String q, @PathParam("id") long id) throws Exception {
    st.executeQuery("select " + id);
    st.executeQuery("select " + q); // want
    return "";
  }
}
`},
		{"fully qualified names and try/catch/finally", "VGL-JAVA-SQLI-001", "Probe.java", `
class Dao {
  void run(javax.servlet.http.HttpServletRequest req, java.sql.Connection c) throws Exception {
    String q = "select 1";
    try {
      q = req.getQueryString();
      Integer.parseInt(q);
    } catch (NumberFormatException e) {
      c.createStatement().executeQuery(q); // want
    } finally {
      c.close();
    }
  }
}
`},
		{"labelled loops and do/while keep the loop's taint", "VGL-JAVA-SQLI-001", "Probe.java", `
import javax.servlet.http.HttpServletRequest;
import java.sql.Statement;
class Dao {
  void run(HttpServletRequest req, Statement st) throws Exception {
    String acc = "";
    outer:
    for (String n : req.getParameterValues("n")) {
      int i = 0;
      do {
        if (n.isEmpty()) continue outer;
        acc += n;
        i++;
        if (i > 3) break outer;
      } while (i < 10);
    }
    st.executeQuery(acc); // want
  }
}
`},
		{"validation: allow-lists, equality and tight patterns", "VGL-JAVA-SQLI-001", "Probe.java", `
import java.util.*;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;
import org.apache.commons.lang3.StringUtils;
class V {
  static final Set<String> COLUMNS = Set.of("name", "age");
  void run(HttpServletRequest req, java.sql.Statement st) throws Exception {
    String col = req.getParameter("sort");
    if (!COLUMNS.contains(col)) {
      throw new IllegalArgumentException("bad column");
    }
    st.executeQuery("select * from t order by " + col);
    String id = req.getParameter("id");
    if (!id.matches("[0-9]+")) return;
    st.executeQuery("select * from t where id = " + id);
    String dir = req.getParameter("dir");
    if ("asc".equals(dir) || "desc".equalsIgnoreCase(dir)) {
      st.executeQuery("select * from t order by a " + dir);
    }
    String n = req.getParameter("n");
    if (StringUtils.isNumeric(n)) st.executeQuery("select " + n);
    if (Pattern.matches("[a-z]+", n)) st.executeQuery("select " + n);
    if (List.of("a", "b").contains(n)) st.executeQuery("select " + n);
    if (n.matches(".*")) st.executeQuery("select " + n); // want
    st.executeQuery("select " + n); // want
  }
}
`},
		{"escaping cleans XSS, not SQL", "VGL-JAVA-XSS-001", "Probe.java", `
import javax.servlet.http.*;
import java.io.PrintWriter;
import org.owasp.encoder.Encode;
import org.springframework.web.util.HtmlUtils;
import org.apache.commons.text.StringEscapeUtils;
import org.owasp.esapi.ESAPI;
class S extends HttpServlet {
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
    String p = request.getParameter("p");
    PrintWriter w = response.getWriter();
    w.println("<p>" + p + "</p>"); // want
    w.println(Encode.forHtml(p));
    w.println(HtmlUtils.htmlEscape(p));
    w.println(StringEscapeUtils.escapeHtml4(p));
    w.println(ESAPI.encoder().encodeForHTML(p));
    response.getWriter().format("%s", p); // want
    Cookie[] cs = request.getCookies();
    w.print(cs[0].getValue()); // want
  }
}
`},
		{"non-HTML responses and escaping helpers are not XSS", "VGL-JAVA-XSS-001", "Probe.java", `
import javax.servlet.http.*;
import java.io.PrintWriter;
class S extends HttpServlet {
  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
  private static String strip(String s) { return s.replace("\t", " "); }
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
    response.setContentType("application/json");
    PrintWriter w = response.getWriter();
    w.write("{\"q\": \"" + request.getParameter("q") + "\"}");
  }
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
    response.setContentType("text/html");
    PrintWriter w = response.getWriter();
    w.println("<p>" + esc(request.getParameter("q")) + "</p>");
    w.println("<p>" + strip(request.getParameter("q")) + "</p>"); // want
  }
}
`},
		{"Spring response bodies", "VGL-JAVA-XSS-001", "Probe.java", `
import org.springframework.web.bind.annotation.*;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;
@RestController
class Hello {
  @GetMapping("/hello")
  public String hello(@RequestParam String name) {
    return "<h1>Hello " + name + "</h1>"; // want
  }
  @GetMapping("/safe")
  public String safe(@RequestParam String name) {
    return "<h1>Hello " + HtmlUtils.htmlEscape(name) + "</h1>";
  }
  @GetMapping(value = "/json", produces = MediaType.APPLICATION_JSON_VALUE)
  public String json(@RequestParam String name) {
    return "{\"name\": \"" + name + "\"}";
  }
  @GetMapping("/count")
  public int count(@RequestParam String name) {
    return name.length();
  }
}
@org.springframework.stereotype.Controller
class Views {
  @GetMapping("/v")
  public String view(@RequestParam String name) {
    return name.isEmpty() ? "index" : "profile";
  }
  @GetMapping("/raw")
  @ResponseBody
  public String raw(@RequestParam String name) {
    return name; // want
  }
}
`},
		{"overloads of different arities keep their own summaries", "VGL-JAVA-SQLI-001", "Probe.java", `
import javax.servlet.http.HttpServletRequest;
import java.sql.Statement;
class O {
  Statement st;
  String q(String a) throws Exception { st.executeQuery(a); return a; } // want
  String q(String a, String b) { return "select 1"; }
  void run(HttpServletRequest req) throws Exception {
    String x = req.getParameter("x");
    st.executeQuery(q(x, "y"));
    q(x);
  }
}
`},
		{"getters and setters keep an object's fields apart", "VGL-JAVA-SQLI-001", "Probe.java", `
import javax.servlet.http.HttpServletRequest;
import java.sql.Statement;
class Beans {
  static class Query {
    private String table = "t";
    private String term;
    public String getTable() { return table; }
    public void setTable(String t) { this.table = t; }
    public String getTerm() { return this.term; }
    public void setTerm(String term) { this.term = term; }
  }
  void run(HttpServletRequest req, Statement st) throws Exception {
    Query q = new Query();
    q.setTerm(req.getParameter("term"));
    st.executeQuery("select * from " + q.getTable());
    st.executeQuery("select * from t where a = '" + q.getTerm() + "'"); // want
  }
}
`},
		{"escaped for HTML is still SQL", "VGL-JAVA-SQLI-001", "Probe.java", `
import javax.servlet.http.*;
import org.owasp.encoder.Encode;
class S {
  void doGet(HttpServletRequest request, java.sql.Statement st) throws Exception {
    String p = Encode.forHtml(request.getParameter("p"));
    st.executeQuery("select '" + p + "'"); // want
  }
}
`},
		{"commands through lists and typed runtimes", "VGL-JAVA-CMDI-001", "Probe.java", `
import javax.servlet.http.HttpServletRequest;
import java.util.*;
class Cmd {
  void run(HttpServletRequest req) throws Exception {
    String arg = req.getParameter("a");
    List<String> cmd = new ArrayList<>();
    cmd.add("ls");
    cmd.add(arg);
    new ProcessBuilder(cmd).start(); // want
    Runtime proc = Runtime.getRuntime();
    proc.exec(new String[]{"sh", "-c", arg}); // want
    proc.exec("ls -l");
  }
}
`},
		{"paths: java.io, java.nio and the file-name sanitiser", "VGL-JAVA-PATH-001", "Probe.java", `
import javax.servlet.http.HttpServletRequest;
import java.nio.file.*;
import org.apache.commons.io.FilenameUtils;
class F {
  void run(HttpServletRequest req) throws Exception {
    String name = req.getParameter("f");
    new java.io.File("/data", name); // an unused File: reported at the read of the same name below
    Files.readAllBytes(Paths.get("/data").resolve(name)); // want
    new java.io.FileInputStream("/data/" + FilenameUtils.getName(name));
  }
}
`},
		{"ssrf: URL and the HTTP client", "VGL-JAVA-SSRF-001", "Probe.java", `
import javax.servlet.http.HttpServletRequest;
import java.net.*;
import java.net.http.*;
class U {
  void run(HttpServletRequest req) throws Exception {
    String u = req.getHeader("X-Target");
    new URL(u).openConnection(); // want
    HttpRequest.newBuilder(URI.create(u)).build(); // want
    new URL("https://example.org/").openConnection();
  }
}
`},
		{"redirects: sendRedirect and Spring redirect: views", "VGL-JAVA-REDIRECT-001", "Probe.java", `
import javax.servlet.http.*;
import org.springframework.web.bind.annotation.*;
@Controller
class Rd {
  void a(HttpServletRequest req, HttpServletResponse resp) throws Exception {
    resp.sendRedirect(req.getParameter("next")); // want
    resp.sendRedirect("/home");
    resp.sendRedirect("/profile?id=" + req.getParameter("id"));
    resp.sendRedirect("//" + req.getParameter("host")); // want
    resp.setHeader("Location", "/search?q=" + req.getParameter("q"));
  }
  @GetMapping("/b")
  String b(@RequestParam String next) {
    if (next.isEmpty()) {
      return "redirect:/home";
    }
    if (next.length() > 90) {
      return "redirect:/profile?name=" + next;
    }
    return "redirect:" + next; // want
  }
}
`},
		{"redirects through headers and Spring responses", "VGL-JAVA-REDIRECT-001", "Probe.java", `
import javax.servlet.http.*;
import java.net.URI;
import org.springframework.http.*;
import org.springframework.web.bind.annotation.*;
@RestController
class R2 {
  void a(HttpServletRequest req, HttpServletResponse resp) {
    resp.setHeader("Refresh", "0; url=" + req.getParameter("u")); // want
    resp.setHeader("X-Frame-Options", req.getParameter("u"));
  }
  @GetMapping("/go")
  ResponseEntity<Void> go(@RequestParam String next) {
    if (next.isEmpty()) {
      return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/home?from=" + next)).build();
    }
    return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(next)).build(); // want
  }
}
`},
		{"ssrf through Spring and Apache clients", "VGL-JAVA-SSRF-001", "Probe.java", `
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.bind.annotation.*;
import org.apache.http.client.methods.HttpGet;
@RestController
class Fetch {
  private final WebClient web = WebClient.create();
  @GetMapping(value = "/f", produces = "application/json")
  Object f(@RequestParam String target) {
    new HttpGet(target); // want
    return web.get().uri(target).retrieve(); // want
  }
}
`},
		{"ldap search through a typed context", "VGL-JAVA-LDAP-001", "Probe.java", `
import javax.naming.directory.*;
import javax.servlet.http.HttpServletRequest;
class L {
  void run(HttpServletRequest req, DirContext dc) throws Exception {
    String user = req.getParameter("u");
    dc.search("ou=people", "(uid=" + user + ")", new SearchControls()); // want
    dc.search("ou=people", "(uid=admin)", new SearchControls());
  }
}
`},
		{"xpath through a typed evaluator", "VGL-JAVA-XPATH-001", "Probe.java", `
import javax.xml.xpath.*;
import javax.servlet.http.HttpServletRequest;
class X {
  void run(HttpServletRequest req, Object doc) throws Exception {
    XPath q = XPathFactory.newInstance().newXPath();
    String id = req.getParameter("id");
    q.evaluate("//user[@id='" + id + "']", doc); // want
    q.evaluate("//user[@id='1']", doc);
  }
}
`},
		{"JAX-RS: the un-annotated parameter of a @POST/@PUT method is the request entity", "VGL-JAVA-SQLI-001", "Probe.java", `
import javax.ws.rs.*;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;
import java.sql.*;
@Path("/items")
class Res {
  private Connection conn;
  @POST
  public String create(String name) throws Exception {
    conn.createStatement().executeQuery("SELECT * FROM items WHERE name = '" + name + "'"); // want
    return "ok";
  }
  @PUT
  @Path("/{id}")
  public String update(@PathParam("id") long id, ItemDto item, @Context SecurityContext sc) throws Exception {
    conn.createStatement().executeQuery("UPDATE items SET name = '" + item.name + "' WHERE id = " + id); // want
    conn.createStatement().executeQuery("SELECT * FROM audit WHERE who = '" + sc.getUserPrincipal().getName() + "'");
    return "ok";
  }
  @POST
  @Path("/n")
  public String count(int n) throws Exception {
    conn.createStatement().executeQuery("SELECT * FROM items LIMIT " + n);
    return "ok";
  }
  @GET
  public String list(String ignored) throws Exception {
    conn.createStatement().executeQuery("SELECT * FROM items WHERE tag = '" + ignored + "'");
    return "ok";
  }
}
class ItemDto { public String name; }
`},
		{"Spring uploads: the original file name is a source, transferTo writes a path", "VGL-JAVA-PATH-001", "Probe.java", `
import java.io.File;
import java.nio.file.Paths;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;
@RestController
class Up {
  @PostMapping("/up")
  public String up(MultipartFile file, @RequestParam String dir) throws Exception {
    File dest = new File("/srv/uploads/" + file.getOriginalFilename()); // want
    file.transferTo(Paths.get("/srv/uploads", dir, "x.bin")); // want
    file.transferTo(new File("/srv/uploads/" + java.util.UUID.randomUUID()));
    return "ok";
  }
}
`},
	})
}

// TestEngineV2JavaPackSinks: the pack sinks of kinds no built-in Java rule
// asks for (deserialization, code, header), through rules made for the test.
func TestEngineV2JavaPackSinks(t *testing.T) {
	rule := func(id, cwe string) string {
		return `  - id: ` + id + `
    title: probe
    languages: [java]
    severity: high
    confidence: high
    cwe: [` + cwe + `]
    message: probe
    description: probe
    remediation: probe
    taint:
      sources:
        - call: "*.getParameter"
      sinks:
        - {call: never_called_probe, args: [0]}
`
	}
	yml := "rules:\n" + rule("VGL-JAVA-PDESER-901", "CWE-502") + rule("VGL-JAVA-PCODE-902", "CWE-95") + rule("VGL-JAVA-PHEADER-903", "CWE-113")
	rules, err := LoadRules(fstest.MapFS{"r/t.yml": &fstest.MapFile{Data: []byte(yml)}}, "r")
	if err != nil {
		t.Fatal(err)
	}
	runProbes(t, rulesByID(rules), []probe{
		{"object streams over request bytes", "VGL-JAVA-PDESER-901", "Probe.java", `
import java.io.*;
import javax.servlet.http.HttpServletRequest;
class D {
  Object run(HttpServletRequest req) throws Exception {
    byte[] data = java.util.Base64.getDecoder().decode(req.getParameter("o"));
    ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data));
    new ObjectInputStream(new FileInputStream("/etc/app.ser")).readObject();
    return in.readObject(); // want
  }
}
`},
		{"script engines", "VGL-JAVA-PCODE-902", "Probe.java", `
import javax.script.*;
import javax.servlet.http.HttpServletRequest;
class E {
  Object run(HttpServletRequest req) throws Exception {
    ScriptEngine js = new ScriptEngineManager().getEngineByName("js");
    js.eval("1 + 1");
    return js.eval(req.getParameter("expr")); // want
  }
}
`},
		{"response headers and cookies", "VGL-JAVA-PHEADER-903", "Probe.java", `
import javax.servlet.http.*;
class H {
  void run(HttpServletRequest req, HttpServletResponse resp) {
    String v = req.getParameter("v");
    resp.setHeader("X-Mode", v); // want
    resp.addCookie(new Cookie("pref", v)); // want
    resp.setHeader("X-Mode", "fixed");
  }
}
`},
	})
}
